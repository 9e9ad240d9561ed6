package org.stanceline.ingest;

import org.stanceline.ingest.SpeakerAttributor.NewSpeaker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the gazetteer does not know: the title and nationality words around a name ("Polish Defence Minister
 * Wladyslaw Kosiniak-Kamysz"), and the new speaker they make, with the actor a nationality or country points to.
 */
final class SpeakerNames {

    static final Set<String> TITLE_WORDS = Set.of("minister", "president", "secretary", "spokesman",
            "spokeswoman", "spokesperson", "ambassador", "chancellor", "general", "mayor", "envoy", "chief", "head",
            "senator", "governor", "commander", "adviser", "advisor", "premier", "leader", "prime", "foreign",
            "defence", "defense", "deputy", "vice", "former", "interior", "finance", "economy", "official", "king",
            "queen", "prince", "admiral", "colonel", "lieutenant", "director", "chairman", "chairwoman", "speaker",
            "mp", "senior", "state", "press", "security", "national", "army", "navy", "military", "top", "dr", "mr",
            "mrs", "ms", "sir", "dame", "lord", "lady", "pope", "sheikh", "emir", "the", "of", "and", "for");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they");
    /** Capitalized at a sentence's start, never a surname ("But pledges have outpaced action"). */
    private static final Set<String> NOT_NAMES = Set.of("but", "and", "or", "so", "yet", "however", "also", "still",
            "then", "now", "thus", "meanwhile", "moreover", "instead", "while", "although", "though", "when", "this",
            "that", "these", "those", "it", "we", "you", "there", "here", "such", "many", "some", "others", "both");
    static final Map<String, String> DEMONYMS = new HashMap<>();
    /** The adjective a country's government is named by ("France" → "French", "United Kingdom" → "UK"). */
    private static final Map<String, String> GOVERNMENT_ADJECTIVES = new HashMap<>();

    static {
        String[][] pairs = {{"russian", "Russia"}, {"kremlin", "Russia"}, {"british", "United Kingdom"},
                {"uk", "United Kingdom"}, {"english", "United Kingdom"}, {"french", "France"}, {"american", "United States"},
                {"us", "United States"}, {"u.s.", "United States"}, {"ukrainian", "Ukraine"}, {"danish", "Denmark"},
                {"german", "Germany"}, {"polish", "Poland"}, {"italian", "Italy"}, {"spanish", "Spain"},
                {"dutch", "Netherlands"}, {"swedish", "Sweden"}, {"finnish", "Finland"}, {"norwegian", "Norway"},
                {"estonian", "Estonia"}, {"latvian", "Latvia"}, {"lithuanian", "Lithuania"}, {"canadian", "Canada"},
                {"turkish", "Turkey"}, {"chinese", "China"}, {"hungarian", "Hungary"}, {"slovak", "Slovakia"},
                {"czech", "Czech Republic"}, {"romanian", "Romania"}, {"belgian", "Belgium"}, {"japanese", "Japan"},
                {"indian", "India"}, {"israeli", "Israel"}, {"iranian", "Iran"}, {"belarusian", "Belarus"},
                {"georgian", "Georgia"}, {"moldovan", "Moldova"}, {"austrian", "Austria"}, {"swiss", "Switzerland"},
                {"greek", "Greece"}, {"portuguese", "Portugal"}, {"irish", "Ireland"}, {"australian", "Australia"},
                {"saudi", "Saudi Arabia"}, {"qatari", "Qatar"}, {"brazilian", "Brazil"}, {"korean", "South Korea"}};
        for (String[] p : pairs) {
            DEMONYMS.put(p[0], p[1]);
            if (!Set.of("kremlin", "english", "american", "u.s.", "british").contains(p[0])) {
                GOVERNMENT_ADJECTIVES.putIfAbsent(p[1], p[0].length() <= 2 ? p[0].toUpperCase(java.util.Locale.ROOT)
                        : Character.toUpperCase(p[0].charAt(0)) + p[0].substring(1));
            }
        }
    }

    private final Gazetteer gazetteer;

    SpeakerNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A title word, or a hyphenated one made of them ("Secretary-General", "Vice-President"). */
    static boolean title(String lower) {
        if (TITLE_WORDS.contains(lower)) {
            return true;
        }
        if (lower.indexOf('-') <= 0) {
            return false;
        }
        for (String part : lower.split("-")) {
            if (!TITLE_WORDS.contains(part) && !part.equals("general") && !part.equals("elect")) {
                return false;
            }
        }
        return true;
    }

    /** "Polish Defence Minister Wladyslaw Kosiniak-Kamysz" ending before token {@code end}. */
    NewSpeaker unknownBefore(AttributionContext ctx, int end, int from) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        int t = end - 1;
        // Skip an age after the name: "<Name>, 80,".
        if (t - 2 >= from && tokens.get(t).text().equals(",") && Character.isDigit(tokens.get(t - 1).text().charAt(0))
                && tokens.get(t - 2).text().equals(",")) {
            t -= 3;
        }
        int nameEnd = t + 1;
        while (t >= from && tokens.get(t).isCapitalized() && tokens.get(t).isWord() && ctx.mentionAt[t] == null
                && !title(tokens.get(t).lower()) && !DEMONYMS.containsKey(tokens.get(t).lower())) {
            t--;
        }
        int nameStart = t + 1;
        // A lone surname right before the verb at the start of a clause ("Rutte said that …") names a person too.
        boolean loneSurname = nameEnd - nameStart == 1 && nameEnd == end && (nameStart == from
                || tokens.get(nameStart - 1).text().equals(",")) && tokens.get(nameStart).text().length() > 2
                && !SUBJECT_PRONOUNS.contains(tokens.get(nameStart).lower())
                && !NOT_NAMES.contains(tokens.get(nameStart).lower());
        if ((nameEnd - nameStart < 2 && !loneSurname) || nameEnd - nameStart > 4) {
            return null;
        }
        int roleStart = nameStart;
        while (roleStart - 1 >= from && (title(tokens.get(roleStart - 1).lower())
                || DEMONYMS.containsKey(tokens.get(roleStart - 1).lower())) && tokens.get(roleStart - 1).isCapitalized()) {
            roleStart--;
        }
        return newSpeaker(tokens, roleStart, nameStart, nameEnd);
    }

    /** The nouns that end an unnamed speaker's description ("a Polish presidential candidate"). */
    private static final Set<String> DESCRIBED = Set.of("official", "officials", "candidate", "diplomat", "diplomats",
            "source", "sources", "lawmaker", "lawmakers", "politician", "politicians", "government", "ministry",
            "minister", "spokesperson", "spokesman", "spokeswoman", "leader", "leaders", "envoy", "ambassador",
            "commander", "general", "president", "adviser", "advisor", "delegation", "authorities");

    /**
     * An unnamed speaker described by nationality and role, ending at token {@code last} right before the verb: "a
     * Polish presidential candidate stated", "the Italian government has highlighted". The description is the new
     * speaker's name, and the nationality gives its actor.
     */
    NewSpeaker described(AttributionContext ctx, int last, int from) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        if (last < from || !DESCRIBED.contains(tokens.get(last).text()) || ctx.mentionAt[last] != null || ctx.quoted[last]) {
            return null;
        }
        int k = last;
        while (k >= from && k > last - 4 && tokens.get(k).isWord() && !tokens.get(k).isCapitalized()
                && !ARTICLES.contains(tokens.get(k).text())) {
            k--;
        }
        if (k < from || !tokens.get(k).isCapitalized() || !DEMONYMS.containsKey(tokens.get(k).lower())
                || ctx.mentionAt[k] != null) {
            return null;
        }
        String country = DEMONYMS.get(tokens.get(k).lower());
        String actor = gazetteer.actorOfCountry(country).map(Gazetteer.ActorEntry::key).orElse(null);
        return new NewSpeaker(join(tokens, k, last + 1), null, actor, country);
    }

    /** The actor of a country, if the gazetteer has one. */
    String countryActor(String country) {
        return gazetteer.actorOfCountry(country).map(Gazetteer.ActorEntry::key).orElse(null);
    }

    /**
     * "The Prime Minister of Italy stated": a title of a country, ending at token {@code last} right before the verb,
     * is the person the text names with that title elsewhere ("Italian Prime Minister Giorgia Meloni"), else a new
     * speaker named by the title, with the country's actor.
     */
    SpeakerAttributor.Speaker titleOfCountry(AttributionContext ctx, int last, int from) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        if (last - 2 < from || !tokens.get(last).isCapitalized() || ctx.quoted[last]) {
            return null;
        }
        int k = last;
        String country = countryNamed(tokens.get(last).text());
        if (country == null && last - 3 >= from) {
            country = countryNamed(tokens.get(last - 1).text() + " " + tokens.get(last).text());
            k = last - 1;
        }
        if (country == null || !tokens.get(k - 1).lower().equals("of")) {
            return null;
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        int start = k - 1;
        while (start - 1 >= from && tokens.get(start - 1).isCapitalized() && title(tokens.get(start - 1).lower())
                && !ARTICLES.contains(tokens.get(start - 1).lower())) {
            start--;
            words.addAll(List.of(tokens.get(start).lower().split("-")));
        }
        if (words.isEmpty()) {
            return null;
        }
        String role = join(tokens, start, last + 1);
        NewSpeaker holder = ctx.holderOf(words, country);
        if (holder != null) {
            return new SpeakerAttributor.Speaker(null, holder, "'" + role + "' is " + holder.name() + ", named with that title", 0.6);
        }
        for (int m = Math.max(from, start - 1); m <= last; m++) {
            Gazetteer.Mention known = ctx.mentionAt[m];
            Gazetteer.ActorEntry actor = known == null ? null : gazetteer.actors().get(known.speaker().actor());
            if (actor != null && country.equalsIgnoreCase(actor.country())) {
                return null; // the gazetteer's holder of that role of that country ("the Foreign Minister of Russia")
            }
        }
        return new SpeakerAttributor.Speaker(null, new NewSpeaker(role, null, countryActor(country), country),
                "unnamed speaker, '" + role + "'", 0.5);
    }

    /** The country a name is, as the demonyms and the gazetteer's actors know it ("Italy", "United Kingdom"). */
    private String countryNamed(String name) {
        for (String c : DEMONYMS.values()) {
            if (c.equalsIgnoreCase(name)) {
                return c;
            }
        }
        return gazetteer.actorOfCountry(name).map(Gazetteer.ActorEntry::country).orElse(null);
    }

    /** A people named for its country ("the Americans said"), with the adjective its government is named by. */
    private static final Map<String, String[]> PEOPLES = Map.ofEntries(
            Map.entry("americans", new String[]{"United States", "US"}), Map.entry("russians", new String[]{"Russia", "Russian"}),
            Map.entry("ukrainians", new String[]{"Ukraine", "Ukrainian"}), Map.entry("british", new String[]{"United Kingdom", "UK"}),
            Map.entry("french", new String[]{"France", "French"}), Map.entry("germans", new String[]{"Germany", "German"}),
            Map.entry("italians", new String[]{"Italy", "Italian"}), Map.entry("poles", new String[]{"Poland", "Polish"}),
            Map.entry("chinese", new String[]{"China", "Chinese"}), Map.entry("turks", new String[]{"Turkey", "Turkish"}));

    /**
     * "The Americans also said", "the French have argued": a country's people as the subject of a reporting verb, at
     * token {@code last}, speak for its government: the gazetteer's, where it has one, else a new one.
     */
    SpeakerAttributor.Speaker people(AttributionContext ctx, int last, int from) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        if (last < from || last == 0 || !tokens.get(last).isCapitalized() || ctx.mentionAt[last] != null || ctx.quoted[last]
                || !tokens.get(last - 1).lower().equals("the")) {
            return null;
        }
        String[] people = PEOPLES.get(tokens.get(last).lower());
        if (people == null) {
            return null;
        }
        String method = "'" + join(tokens, last - 1, last + 1) + "', the subject, speak for their government";
        String key = people[1].toLowerCase(java.util.Locale.ROOT) + "-government";
        java.util.Optional<Gazetteer.SpeakerEntry> known = gazetteer.speaker(key);
        if (known.isPresent()) {
            return new SpeakerAttributor.Speaker(known.get(), null, method, 0.6);
        }
        String actor = gazetteer.actorOfCountry(people[0]).map(Gazetteer.ActorEntry::key).orElse(null);
        return new SpeakerAttributor.Speaker(null, new NewSpeaker(people[1] + " government", null, actor, people[0]), method, 0.5);
    }

    /** A name after "according to" / "by": optional role words, then two to four capitalized words. */
    NewSpeaker unknownAfter(AttributionContext ctx, int from, int end) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        int t = from;
        while (t < end && tokens.get(t).isCapitalized() && (title(tokens.get(t).lower())
                || DEMONYMS.containsKey(tokens.get(t).lower()))) {
            t++;
        }
        int nameStart = t;
        while (t < end && tokens.get(t).isCapitalized() && tokens.get(t).isWord() && ctx.mentionAt[t] == null) {
            t++;
        }
        if (t - nameStart < 2 || t - nameStart > 4) {
            return null;
        }
        return newSpeaker(tokens, from, nameStart, t);
    }

    NewSpeaker newSpeaker(List<Segmenter.Token> tokens, int roleStart, int nameStart, int nameEnd) {
        String name = join(tokens, nameStart, nameEnd);
        String role = roleStart < nameStart ? join(tokens, roleStart, nameStart) : null;
        String named = roleStart == nameStart ? countryNamed(name) : null;
        if (named != null && GOVERNMENT_ADJECTIVES.containsKey(named)) {
            // Codebook 0: a country that holds a position ("France is pushing for …") is its government.
            return new NewSpeaker(GOVERNMENT_ADJECTIVES.get(named) + " government", null, countryActor(named), named);
        }
        String country = null;
        for (int k = roleStart; k < nameStart; k++) {
            String w = tokens.get(k).lower();
            if (DEMONYMS.containsKey(w)) {
                country = DEMONYMS.get(w);
                break;
            }
            String asCountry = tokens.get(k).text();
            if (gazetteer.actorOfCountry(asCountry).isPresent()) {
                country = asCountry;
                break;
            }
        }
        String actor = country == null ? null : gazetteer.actorOfCountry(country).map(Gazetteer.ActorEntry::key).orElse(null);
        return new NewSpeaker(name, role, actor, country);
    }

    static String join(List<Segmenter.Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }
}
