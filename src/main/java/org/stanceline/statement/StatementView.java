package org.stanceline.statement;

import java.time.LocalDate;
import java.util.List;

/**
 * A statement as every API, export and page shows it: always with its source and span; {@code neighbours}: the
 * confirmed statements that decided a proposal's topic or stance; {@code translation}: the English of a quote
 * in another language ({@code quoteLanguage}).
 */
public record StatementView(Long id, String key, LocalDate date, String precision, String dateNote, String actor,
                           SpeakerRef speaker, String topic, String quote, boolean verbatim, int stance,
                           int intensity, List<String> cues, double confidence, String status, String coder,
                           String note, SourceRef source, Span span, List<StatementNeighbour> neighbours,
                           String translation, String quoteLanguage) {

    public record SpeakerRef(Long id, String key, String name, String role) {
    }

    public record SourceRef(Long id, String title, String outlet, String url, LocalDate publishedOn) {
    }

    public record Span(int start, int end) {
    }

    public static StatementView of(Statement s) {
        return new StatementView(s.id, s.slug, s.saidOn, s.saidPrecision.label(), s.dateNote, s.actor.slug,
                new SpeakerRef(s.speaker.id, s.speaker.slug, s.speaker.name, s.speaker.role),
                s.topic.slug, s.quote, s.verbatim, s.stance, s.intensity, List.copyOf(s.cues), s.confidence,
                s.status.label(), s.coder, s.note,
                new SourceRef(s.source.id, s.source.title, s.source.outlet, s.source.url, s.source.publishedOn),
                new Span(s.spanStart, s.spanEnd), s.neighbours == null ? List.of() : List.copyOf(s.neighbours),
                s.translation, s.quoteLanguage);
    }
}
