package org.stanceline.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who can speak: speakers with their names, aliases (misspellings included) and role phrases, and the
 * actors with their countries. Finds speaker mentions in a segmented text by exact token sequences,
 * then by edit distance for misspelled surnames.
 */
public final class Gazetteer {

    public record SpeakerEntry(String key, String name, String actor, String role, List<String> aliases,
                               List<String> rolePhrases, boolean person) {
    }

    public record ActorEntry(String key, String name, String country) {
    }

    public enum Kind { NAME, ROLE, FUZZY }

    /** A speaker mention: chars {@code [start, end)}, tokens {@code [firstToken, endToken)}. */
    public record Mention(int start, int end, int firstToken, int endToken, SpeakerEntry speaker, Kind kind,
                          boolean possessive, String matched) {
    }

    private record Phrase(SpeakerEntry speaker, Kind kind, boolean needsCapital, int length) {
    }

    private static final Pattern INSTITUTION = Pattern.compile(
            "(?i).*\\b(government|unattributed|unnamed|official|street|house|envoys|ministry|kremlin|office|spokesperson)\\b.*");

    private static final Pattern SPOKES = Pattern.compile(" ");
    private final Map<String, SpeakerEntry> speakers = new LinkedHashMap<>();
    private final Map<String, ActorEntry> actors = new LinkedHashMap<>();
    private final Map<String, List<Phrase>> phrases = new HashMap<>();
    private final Map<String, SpeakerEntry> surnames = new HashMap<>();
    private static final int FUZZY_CACHE_LIMIT = 100_000;
    private final Map<String, Optional<SpeakerEntry>> fuzzyCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();
    private int maxPhraseTokens = 1;

    public Gazetteer(List<SpeakerEntry> speakerList, List<ActorEntry> actorList) {
        actorList.forEach(a -> actors.put(a.key(), a));
        for (SpeakerEntry s : speakerList) {
            speakers.put(s.key(), s);
            addPhrase(s.name().replaceAll("\\s*\\(.*\\)", ""), s, Kind.NAME);
            s.aliases().forEach(a -> addPhrase(a, s, Kind.NAME));
            // "Kremlin spokesperson" is the "Kremlin spokesman": the gendered and neutral forms of a role are one role.
            s.rolePhrases().forEach(r -> SPOKES.splitAsStream("spokesman spokeswoman spokesperson")
                    .map(form -> r.replaceAll("(?i)\\bspokes(man|woman|person)\\b", form)).distinct()
                    .forEach(variant -> addPhrase(variant, s, Kind.ROLE)));
            if (s.person()) {
                for (String alias : s.aliases()) {
                    if (!alias.contains(" ") && alias.length() >= 5) {
                        surnames.putIfAbsent(alias.toLowerCase(Locale.ROOT), s);
                    }
                }
            }
        }
    }

    public static SpeakerEntry speaker(String key, String name, String actor, String role, List<String> aliases,
                                       List<String> rolePhrases) {
        return new SpeakerEntry(key, name, actor, role, List.copyOf(aliases), List.copyOf(rolePhrases),
                !INSTITUTION.matcher(name).matches());
    }

    /** Reads speakers.json and actors.json of a data folder (format in data/FORMAT.md). */
    public static Gazetteer fromDataDir(Path dataDir) {
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            List<SpeakerEntry> speakers = new ArrayList<>();
            for (JsonNode n : json.readTree(dataDir.resolve("speakers.json").toFile())) {
                speakers.add(speaker(n.path("key").asText(), n.path("name").asText(), n.path("actor").asText(),
                        n.path("role").isNull() ? null : n.path("role").asText(), strings(n.path("aliases")),
                        strings(n.path("rolePhrases"))));
            }
            List<ActorEntry> actors = new ArrayList<>();
            for (JsonNode n : json.readTree(dataDir.resolve("actors.json").toFile())) {
                actors.add(new ActorEntry(n.path("key").asText(), n.path("name").asText(), n.path("country").asText()));
            }
            return new Gazetteer(speakers, actors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    public Optional<SpeakerEntry> speaker(String key) {
        return Optional.ofNullable(speakers.get(key));
    }

    public Map<String, ActorEntry> actors() {
        return actors;
    }

    /** The actor whose country is {@code country} (case-insensitive), if any. */
    public Optional<ActorEntry> actorOfCountry(String country) {
        return actors.values().stream().filter(a -> a.country().equalsIgnoreCase(country)).findFirst();
    }

    private void addPhrase(String phrase, SpeakerEntry s, Kind kind) {
        List<Segmenter.Token> tokens = Segmenter.tokenize(phrase.strip());
        if (tokens.isEmpty()) {
            return;
        }
        String key = join(tokens, 0, tokens.size());
        boolean capital = kind == Kind.NAME && tokens.get(tokens.size() - 1).isCapitalized();
        List<Phrase> list = phrases.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(p -> p.speaker() == s)) {
            list.add(new Phrase(s, kind, capital, tokens.size()));
        }
        maxPhraseTokens = Math.max(maxPhraseTokens, tokens.size());
        for (int n = 1; n < tokens.size(); n++) {
            prefixes.add(join(tokens, 0, n));
        }
    }

    private static String join(List<Segmenter.Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(tokens.get(i).lower());
        }
        return b.toString();
    }

    /** The longest speaker phrase starting at token {@code i}, or null. */
    private Mention match(Segmenter.Segmented doc, int i) {
        List<Segmenter.Token> tokens = doc.tokens();
        Segmenter.Token first = tokens.get(i);
        Mention found = null;
        String key = first.lower();
        for (int len = 1; len <= maxPhraseTokens && i + len <= tokens.size(); len++) {
            Segmenter.Token t = tokens.get(i + len - 1);
            if (len > 1) {
                if (t.start() - tokens.get(i + len - 2).end() > 1) {
                    break;
                }
                key = key + ' ' + t.lower();
            }
            List<Phrase> candidates = phrases.get(key);
            if (candidates != null) {
                for (Phrase p : candidates) {
                    if (p.needsCapital() && !t.isCapitalized()) {
                        continue;
                    }
                    found = mention(doc, i, i + len, p.speaker(), p.kind());
                    break;
                }
            }
            if (!prefixes.contains(key)) {
                break;
            }
        }
        if (found == null && first.isCapitalized() && first.text().length() >= 5) {
            SpeakerEntry fuzzy = fuzzySurname(first.lower());
            if (fuzzy != null) {
                found = mention(doc, i, i + 1, fuzzy, Kind.FUZZY);
            }
        }
        return found;
    }

    /** Every speaker mention in the text, left to right, longest match first; names win over roles. */
    public List<Mention> mentions(Segmenter.Segmented doc) {
        List<Segmenter.Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Segmenter.Token first = tokens.get(i);
            if (!first.isWord()) {
                i++;
                continue;
            }
            Mention found = match(doc, i);
            // "The Kremlin spokesperson": "the Kremlin" matches first, but the role that starts one word later reaches
            // further; the longer reading is the mention.
            if (found != null && found.kind() == Kind.NAME && first.lower().equals("the") && found.endToken() - i == 2) {
                Mention later = match(doc, i + 1);
                if (later != null && later.endToken() > found.endToken()) {
                    found = later;
                }
            }
            if (found != null) {
                // "Foreign Minister <Name>": a role phrase directly before a name is part of that mention.
                if (found.kind() != Kind.ROLE && !out.isEmpty() && out.get(out.size() - 1).kind() == Kind.ROLE
                        && out.get(out.size() - 1).endToken() >= found.firstToken() - 2) {
                    Mention role = out.remove(out.size() - 1);
                    found = new Mention(role.start(), found.end(), role.firstToken(), found.endToken(), found.speaker(),
                            found.kind(), found.possessive(), doc.text().substring(role.start(), found.end()));
                    out.add(found);
                } else {
                    out.add(found);
                }
                i = found.endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    private Mention mention(Segmenter.Segmented doc, int from, int to, SpeakerEntry s, Kind kind) {
        List<Segmenter.Token> tokens = doc.tokens();
        boolean possessive = to < tokens.size() && (tokens.get(to).lower().equals("'s") || tokens.get(to).text().equals("'"))
                && tokens.get(to).start() == tokens.get(to - 1).end();
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Mention(start, end, from, to, s, kind, possessive, doc.text().substring(start, end));
    }

    private SpeakerEntry fuzzySurname(String lower) {
        if (surnames.isEmpty()) {
            return null;
        }
        if (fuzzyCache.size() > FUZZY_CACHE_LIMIT) {
            fuzzyCache.clear(); // the pipeline is shared across requests: keep the memo bounded
        }
        return fuzzyCache.computeIfAbsent(lower, w -> {
            for (Map.Entry<String, SpeakerEntry> e : surnames.entrySet()) {
                String name = e.getKey();
                int allowed = name.length() >= 9 ? 2 : 1;
                if (Math.abs(name.length() - w.length()) <= allowed && name.charAt(0) == w.charAt(0)
                        && distance(name, w, allowed) <= allowed) {
                    return Optional.of(e.getValue());
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    /** Optimal string alignment distance (adjacent transpositions count one), capped at {@code max + 1}. */
    static int distance(String a, String b, int max) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
