package org.stanceline.watchlist;

import org.stanceline.kernel.Conflict;
import org.stanceline.kernel.NotFound;
import org.stanceline.kernel.NotSignedIn;
import org.stanceline.kernel.Unprocessable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.stanceline.account.Account;
import org.stanceline.audit.AuditLog;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Topic;
import org.stanceline.web.StancelineConfig;
import org.stanceline.watchlist.WatchListViews.WatchInput;
import org.stanceline.watchlist.WatchListViews.WatchList;
import org.stanceline.watchlist.WatchListViews.WatchView;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Each account's watch list and the token of its personal feed. Adding a watch that exists already answers the
 * existing one (idempotent); a watch is only ever found through its owner, so another account's id is unknown.
 */
@ApplicationScoped
public class WatchListService {

    static final String FEED_PATH = "/feeds/watch/";
    /** 32 random bytes: as hard to guess as a session key. */
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What {@link #add} did: the watch, and whether it is new (201) or was there already (200). */
    public record Added(WatchView watch, boolean created) {
    }

    @Inject
    EntityManager em;

    @Inject
    StancelineConfig config;

    @Inject
    AuditLog audit;

    @Transactional(SUPPORTS)
    public WatchList list(String user) {
        Account account = account(user);
        return view(account, WatchFeedToken.<WatchFeedToken>findByIdOptional(account.id).orElse(null));
    }

    @Transactional
    public Added add(String user, WatchInput input) {
        Account account = account(user);
        Watch watch = new Watch();
        watch.accountId = account.id;
        if (input == null || (input.topic() == null) == (input.actor() == null)) {
            throw invalid(WatchListViews.TOPIC, "Send exactly one of 'topic' (a question's key) and 'actor' (a "
                    + "capital's key)");
        }
        if (input.topic() != null) {
            watch.topic = Topic.findBySlug(input.topic()).map(t -> t.slug)
                    .orElseThrow(() -> unknown(WatchListViews.TOPIC, input.topic()));
        } else {
            watch.actor = Actor.findBySlug(input.actor()).map(a -> a.slug)
                    .orElseThrow(() -> unknown(WatchListViews.ACTOR, input.actor()));
        }
        Optional<Watch> existing = Watch.<Watch>find("accountId = ?1 and " + (watch.topic != null ? "topic" : "actor")
                + " = ?2", account.id, watch.topic != null ? watch.topic : watch.actor).firstResultOptional();
        if (existing.isPresent()) {
            audit.nothingWritten();
            return new Added(views(List.of(existing.get())).get(0), false);
        }
        watch.createdAt = Instant.now();
        if (WatchFeedToken.findById(account.id) == null) {
            WatchFeedToken token = new WatchFeedToken();
            token.accountId = account.id;
            token.token = newToken();
            token.createdAt = watch.createdAt;
            token.persist();
        }
        watch.persist();
        try {
            em.flush();
        } catch (PersistenceException race) {
            // Two first requests at once: the other one's row won the unique key.
            throw new Conflict("This watch or the feed token was created by a request at the same "
                    + "time; send it again", Map.of("field", watch.topic != null ? WatchListViews.TOPIC : WatchListViews.ACTOR));
        }
        audit.record(user, AuditLog.CREATE, "watch", watch.id, watch.topic != null ? "topic " + watch.topic
                : "actor " + watch.actor);
        return new Added(views(List.of(watch)).get(0), true);
    }

    /** 404 when the account has no watch of this id, which includes every other account's watches. */
    @Transactional
    public void remove(String user, long id) {
        Account account = account(user);
        long deleted = Watch.delete("id = ?1 and accountId = ?2", id, account.id);
        if (deleted == 0) {
            throw new NotFound("You have no watch " + id);
        }
        audit.record(user, AuditLog.DELETE, "watch", id, "unwatched");
    }

    /** A new feed address; the old one answers 404 from now on. */
    @Transactional
    public WatchList rotateToken(String user) {
        Account account = account(user);
        WatchFeedToken token = WatchFeedToken.findById(account.id);
        if (token == null) {
            token = new WatchFeedToken();
            token.accountId = account.id;
            token.createdAt = Instant.now();
            token.token = newToken();
            token.persist();
        } else {
            token.token = newToken();
            token.createdAt = Instant.now();
        }
        // Never the token itself: the audit is readable by admins, the feed address is the owner's alone.
        audit.record(user, AuditLog.UPDATE, "watch-feed", account.id, "personal feed address rotated");
        return view(account, token);
    }

    /**
     * The watch list behind a feed token, or 404. Keys that no longer name a topic or actor are left out. A
     * token is 256 random bits, so looking it up by the unique index leaks nothing a guesser could use.
     */
    @Transactional(SUPPORTS)
    public PersonalFeed feedOf(String token) {
        WatchFeedToken found = token == null || token.length() > 64 ? null
                : WatchFeedToken.<WatchFeedToken>find("token", token).firstResult();
        if (found == null) {
            throw new NotFound("No personal feed at this address (the token is unknown or was rotated)");
        }
        List<Watch> watches = Watch.list("accountId = ?1 order by id", found.accountId);
        List<String> topicKeys = watches.stream().map(w -> w.topic).filter(k -> k != null).toList();
        List<String> actorKeys = watches.stream().map(w -> w.actor).filter(k -> k != null).toList();
        List<Topic> topics = topicKeys.isEmpty() ? List.of() : Topic.list("slug in ?1 order by displayOrder, slug", topicKeys);
        List<Actor> actors = actorKeys.isEmpty() ? List.of() : Actor.list("slug in ?1 order by displayOrder, slug", actorKeys);
        String user = Account.<Account>findByIdOptional(found.accountId).map(a -> a.displayName).orElse("?");
        return new PersonalFeed(found.accountId, user, topics, actors);
    }

    private WatchList view(Account account, WatchFeedToken token) {
        List<WatchView> watches = views(Watch.list("accountId = ?1 order by id", account.id));
        String path = token == null ? null : FEED_PATH + token.token + ".atom";
        return new WatchList(account.username, path, path == null ? null : config.publicUrl() + path,
                config.publicUrl() + "/api/webhooks", watches);
    }

    /** Names from the reference lists, read once (they are short). */
    private static List<WatchView> views(List<Watch> watches) {
        Map<String, String> questions = Topic.<Topic>listAll().stream()
                .collect(Collectors.toMap(t -> t.slug, t -> t.question));
        Map<String, String> names = Actor.<Actor>listAll().stream().collect(Collectors.toMap(a -> a.slug, a -> a.name));
        return watches.stream().map(w -> w.topic != null
                ? new WatchView(w.id, WatchListViews.TOPIC, w.topic, questions.get(w.topic), w.createdAt)
                : new WatchView(w.id, WatchListViews.ACTOR, w.actor, names.get(w.actor), w.createdAt)).toList();
    }

    private static Account account(String user) {
        return Account.byUsername(user).orElseThrow(() -> new NotSignedIn(
                "Watch lists belong to named accounts; '" + user + "' is not one"));
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static NotFound unknown(String field, String key) {
        List<String> known = field.equals(WatchListViews.TOPIC)
                ? Topic.listOrdered().stream().map(t -> t.slug).toList()
                : Actor.listOrdered().stream().map(a -> a.slug).toList();
        return new NotFound("Unknown " + field + " '" + key + "'; known: " + known,
                Map.of("field", field));
    }

    private static Unprocessable invalid(String field, String detail) {
        return new Unprocessable(detail, Map.of("field", field));
    }

    /** Whose feed it is and what it follows, resolved to the reference rows. */
    public record PersonalFeed(long accountId, String owner, List<Topic> topics, List<Actor> actors) {
        /** Tells one watch list from another in the feed's cache key: a change of watches is a new tag. */
        public String fingerprint() {
            return accountId + ":" + topics.stream().map(t -> t.slug).collect(Collectors.joining(",")) + ":"
                    + actors.stream().map(a -> a.slug).collect(Collectors.joining(","));
        }
    }
}
