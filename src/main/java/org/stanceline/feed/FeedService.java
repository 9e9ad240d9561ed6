package org.stanceline.feed;

import org.stanceline.kernel.Invalid;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Topic;
import org.stanceline.watch.ShiftItem;
import org.stanceline.watch.StatementItem;
import org.stanceline.watch.StatementItems;
import org.stanceline.web.StancelineConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * The Atom feed (RFC 4287) of a topic: its newest confirmed statements, each shown as the shift it made when it
 * made one. Shifts are read from stance_shift, never recomputed.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class FeedService {

    public static final String SHIFT = "shift";
    public static final String STATEMENT = "statement";
    private static final LocalDate EVER = LocalDate.of(1, 1, 1);

    /** The feed document and the newest change it shows (its Last-Modified). */
    public record AtomFeed(String xml, Instant updated) {
    }

    @Inject
    ReferenceService references;

    @Inject
    StatementItems items;

    @Inject
    FeedConfig config;

    @Inject
    StancelineConfig app;

    public static Set<String> kinds(List<String> requested) {
        if (requested.isEmpty()) {
            return Set.of(SHIFT, STATEMENT);
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String k : requested) {
            if (!k.equals(SHIFT) && !k.equals(STATEMENT)) {
                throw new Invalid("Parameter 'kinds' holds shift and/or statement; got '" + k + "'");
            }
            kinds.add(k);
        }
        return kinds;
    }

    public AtomFeed feed(String topicKey, List<String> actorKeys, Set<String> kinds, String selfUrl) {
        Topic topic = references.requireTopic(topicKey);
        List<Long> actorIds = actorKeys.isEmpty() ? null
                : references.requireActors(actorKeys).stream().map((Actor a) -> a.id).toList();
        Header header = new Header("urn:stanceline:feed:" + topic.slug + ":" + String.join(",", actorKeys) + ":"
                + String.join(",", kinds), "Stanceline: " + topic.question,
                "Confirmed " + kindWords(kinds) + (actorKeys.isEmpty() ? "" : " of " + String.join(", ", actorKeys))
                        + ", newest said first",
                app.publicUrl() + "/?view=changes&topic=" + topic.slug, selfUrl);
        return write(header, kinds,
                limit -> items.confirmedSince(List.of(topic.id), actorIds, EVER, limit),
                limit -> items.shiftsSince(List.of(topic.id), actorIds, EVER, limit));
    }

    /**
     * A watch list's feed: every confirmed statement on any of {@code topics} or by any of {@code actors}, written
     * like a topic's feed. {@code feedId} names the feed for good (it must not reveal its secret address).
     */
    public AtomFeed watchFeed(String feedId, String title, List<Topic> topics, List<Actor> actors, Set<String> kinds,
                              String selfUrl) {
        List<Long> topicIds = topics.stream().map(t -> t.id).toList();
        List<Long> actorIds = actors.stream().map(a -> a.id).toList();
        List<String> watched = new ArrayList<>(topics.stream().map(t -> t.question).toList());
        actors.forEach(a -> watched.add(a.name));
        Header header = new Header(feedId, title, "Confirmed " + kindWords(kinds) + " of "
                + (watched.isEmpty() ? "nothing yet (watch a question or a capital in the dashboard)"
                : String.join("; ", watched)) + ", newest said first",
                app.publicUrl() + "/?view=changes", selfUrl);
        return write(header, kinds, limit -> items.confirmedOnEither(topicIds, actorIds, limit),
                limit -> items.shiftsOnEither(topicIds, actorIds, limit));
    }

    /** What sets one feed apart from another: its lasting id, title, subtitle and addresses. */
    private record Header(String id, String title, String subtitle, String alternate, String self) {
    }

    private AtomFeed write(Header header, Set<String> kinds, IntFunction<List<StatementItem>> statementsUpTo,
                           IntFunction<List<ShiftItem>> shiftsUpTo) {
        List<Entry> entries = new ArrayList<>();
        Instant updated = Instant.EPOCH;
        if (kinds.contains(STATEMENT)) {
            List<StatementItem> statements = statementsUpTo.apply(config.maxEntries());
            Map<Long, ShiftItem> shifts = kinds.contains(SHIFT)
                    ? items.shiftsEndingAt(statements.stream().map(StatementItem::id).toList()) : Map.of();
            for (StatementItem s : statements) {
                ShiftItem shift = shifts.get(s.id());
                entries.add(shift == null ? statementEntry(s) : shiftEntry(shift));
                updated = later(updated, s.updatedAt());
            }
        } else {
            for (ShiftItem shift : shiftsUpTo.apply(config.maxEntries())) {
                entries.add(shiftEntry(shift));
                updated = later(updated, shift.after().updatedAt());
            }
        }
        Feed feed = new Feed("atom_1.0");
        feed.setId(header.id());
        feed.setTitle(header.title());
        feed.setSubtitle(text(header.subtitle()));
        feed.setUpdated(Date.from(updated));
        feed.setAlternateLinks(List.of(link("alternate", header.alternate(), "text/html")));
        feed.setOtherLinks(List.of(link("self", header.self(), "application/atom+xml")));
        Person generator = new Person();
        generator.setName("Stanceline");
        feed.setAuthors(List.of(generator));
        feed.setEntries(entries);
        try {
            return new AtomFeed(new WireFeedOutput().outputString(feed), updated);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
    }

    private static String kindWords(Set<String> kinds) {
        return String.join(" and ", kinds.stream().map(k -> k + "s").toList());
    }

    private Entry statementEntry(StatementItem s) {
        Entry e = entry("urn:stanceline:statement:" + s.id(), s, STATEMENT);
        e.setTitle(s.speaker() + " (" + s.actorName() + "): " + s.stanceWord());
        e.setContents(List.of(text(said(s))));
        return e;
    }

    private Entry shiftEntry(ShiftItem shift) {
        StatementItem s = shift.after();
        Entry e = entry("urn:stanceline:shift:" + s.id(), s, SHIFT);
        e.setTitle(shift.summary());
        e.setContents(List.of(text("After: " + said(s) + "\n\nBefore: " + said(shift.before()))));
        return e;
    }

    private Entry entry(String id, StatementItem s, String kind) {
        Entry e = new Entry();
        e.setId(id);
        Person speaker = new Person();
        speaker.setName(s.speaker());
        e.setAuthors(List.of(speaker));
        e.setUpdated(Date.from(s.updatedAt()));
        e.setPublished(Date.from(s.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
        List<Link> links = new ArrayList<>(List.of(link("alternate", s.permalink(), "text/html")));
        if (s.source().url() != null && !s.source().url().isBlank()) {
            links.add(link("related", s.source().url(), null));
        }
        links.add(link("via", s.source().link(), "application/json"));
        e.setAlternateLinks(links.subList(0, 1));
        e.setOtherLinks(links.subList(1, links.size()));
        e.setCategories(List.of(category(kind), category(s.actor())));
        return e;
    }

    /** The quote, who said it, when at its precision, its code and its source, in plain text. */
    private static String said(StatementItem s) {
        String source = s.source().title() == null ? "source " + s.source().id()
                : s.source().title() + (s.source().outlet() == null ? "" : ", " + s.source().outlet());
        return (s.verbatim() ? "“" + s.quote() + "”" : "Reported: " + s.quote()) + "\n— " + s.speaker()
                + (s.role() == null ? "" : ", " + s.role()) + " (" + s.actorName() + "), " + s.dateText()
                + " (date precision: " + s.precision() + ")\nStance " + s.stance() + " (" + s.stanceWord()
                + "), intensity " + s.intensity() + ". Source: " + source
                + (s.source().url() == null ? "" : " " + s.source().url());
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static Link link(String rel, String href, String type) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        l.setType(type);
        return l;
    }

    private static Content text(String value) {
        Content c = new Content();
        c.setType(Content.TEXT);
        c.setValue(value);
        return c;
    }

    private static Category category(String term) {
        Category c = new Category();
        c.setTerm(term);
        return c;
    }
}
