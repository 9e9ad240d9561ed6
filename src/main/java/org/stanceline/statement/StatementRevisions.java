package org.stanceline.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** The revision history of statements: each change kept as JSON snapshots before and after, numbered per statement. */
@ApplicationScoped
class StatementRevisions {

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** Adds the revision and answers its "after" snapshot. */
    String record(Statement s, StatementRevision.Action action, String user, String before) {
        StatementRevision r = new StatementRevision();
        r.statementId = s.id;
        r.revision = StatementRevision.nextRevision(s.id);
        r.action = action;
        r.changedBy = user;
        r.changedAt = java.time.Instant.now();
        r.before = before;
        r.after = snapshot(s);
        r.persist();
        return r.after;
    }

    /** The reviewable fields of a statement as JSON: what a revision keeps before and after a change. */
    String snapshot(Statement s) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("speaker", s.speaker.slug);
        m.put("actor", s.actor.slug);
        m.put("topic", s.topic.slug);
        m.put("saidOn", s.saidOn.toString());
        m.put("precision", s.saidPrecision.label());
        m.put("dateNote", s.dateNote);
        m.put("quote", s.quote);
        m.put("verbatim", s.verbatim);
        m.put("span", Map.of("start", s.spanStart, "end", s.spanEnd));
        m.put("stance", s.stance);
        m.put("intensity", s.intensity);
        m.put("cues", List.copyOf(s.cues));
        m.put("confidence", s.confidence);
        m.put("status", s.status.label());
        m.put("coder", s.coder);
        m.put("note", s.note);
        if (s.translation != null || s.quoteLanguage != null) {
            m.put("translation", s.translation);
            m.put("quoteLanguage", s.quoteLanguage);
        }
        try {
            return json.writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    com.fasterxml.jackson.databind.JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
