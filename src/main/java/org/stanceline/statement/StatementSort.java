package org.stanceline.statement;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Orders a statement list may be sorted in; a leading '-' in the parameter means descending. Every order ends
 * with the id, so it is total and a keyset cursor (the last row's keys) names one position exactly.
 */
public enum StatementSort {
    DATE_ASC("date", List.of(Key.DATE_ASC, Key.ID_ASC)),
    DATE_DESC("-date", List.of(Key.DATE_DESC, Key.ID_DESC)),
    STANCE_ASC("stance", List.of(Key.STANCE_ASC, Key.DATE_DESC, Key.ID_DESC)),
    STANCE_DESC("-stance", List.of(Key.STANCE_DESC, Key.DATE_DESC, Key.ID_DESC)),
    INTENSITY_ASC("intensity", List.of(Key.INTENSITY_ASC, Key.DATE_DESC, Key.ID_DESC)),
    INTENSITY_DESC("-intensity", List.of(Key.INTENSITY_DESC, Key.DATE_DESC, Key.ID_DESC)),
    ACTOR("actor", List.of(Key.ACTOR_ORDER, Key.DATE_DESC, Key.ID_DESC)),
    SPEAKER("speaker", List.of(Key.SPEAKER_NAME, Key.DATE_DESC, Key.ID_DESC));

    /** How a key's value is written into a cursor and read back. */
    enum Kind { DATE, INT, TEXT, ID }

    /** One column of an order, as SQL over {@code statement s}, {@code actor a} and {@code speaker sp}. */
    enum Key {
        DATE_ASC("s.said_on", false, Kind.DATE),
        DATE_DESC("s.said_on", true, Kind.DATE),
        ID_ASC("s.id", false, Kind.ID),
        ID_DESC("s.id", true, Kind.ID),
        STANCE_ASC("s.stance", false, Kind.INT),
        STANCE_DESC("s.stance", true, Kind.INT),
        INTENSITY_ASC("s.intensity", false, Kind.INT),
        INTENSITY_DESC("s.intensity", true, Kind.INT),
        ACTOR_ORDER("a.display_order", false, Kind.INT),
        SPEAKER_NAME("sp.name", false, Kind.TEXT);

        final String column;
        final boolean descending;
        final Kind kind;

        Key(String column, boolean descending, Kind kind) {
            this.column = column;
            this.descending = descending;
            this.kind = kind;
        }

        /** The key's value in a row, as the cursor keeps it. */
        Object valueOf(Statement s) {
            return switch (this) {
                case DATE_ASC, DATE_DESC -> s.saidOn;
                case ID_ASC, ID_DESC -> s.id;
                case STANCE_ASC, STANCE_DESC -> s.stance;
                case INTENSITY_ASC, INTENSITY_DESC -> s.intensity;
                case ACTOR_ORDER -> s.actor.displayOrder;
                case SPEAKER_NAME -> s.speaker.name;
            };
        }
    }

    final String parameter;
    final List<Key> keys;

    StatementSort(String parameter, List<Key> keys) {
        this.parameter = parameter;
        this.keys = keys;
    }

    /** The SQL ORDER BY list of this order. */
    String orderBy() {
        return keys.stream().map(k -> k.column + (k.descending ? " desc" : " asc")).collect(Collectors.joining(", "));
    }

    /** Whether the order (and so the cursor) reads a column of the actor or speaker tables. */
    boolean joinsActor() {
        return keys.contains(Key.ACTOR_ORDER);
    }

    boolean joinsSpeaker() {
        return keys.contains(Key.SPEAKER_NAME);
    }

    public String parameter() {
        return parameter;
    }

    public static StatementSort parse(String raw) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(raw)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Parameter 'sort' must be one of "
                        + Arrays.stream(values()).map(s -> s.parameter).collect(Collectors.joining(", "))
                        + "; got '" + raw + "'"));
    }
}
