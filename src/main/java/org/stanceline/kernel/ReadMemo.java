package org.stanceline.kernel;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers read in one read-only unit of work (a briefing: its chart, timeline, positions and shifts), kept so
 * the same topic, actors or rollup rows are read once. Outside {@link #within} nothing is kept, so a write
 * transaction never sees an answer older than its own changes.
 */
public final class ReadMemo {

    private static final ThreadLocal<Map<Object, Object>> ANSWERS = new ThreadLocal<>();

    private ReadMemo() {
    }

    /** Runs {@code work} with a memo of its own; nested calls share the outer memo. */
    public static <T> T within(Supplier<T> work) {
        if (ANSWERS.get() != null) {
            return work.get();
        }
        ANSWERS.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            ANSWERS.remove();
        }
    }

    /** The answer kept under {@code key}, else {@code read}'s (kept when inside {@link #within}). */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> read) {
        Map<Object, Object> answers = ANSWERS.get();
        if (answers == null) {
            return read.get();
        }
        Object kept = answers.get(key);
        if (kept == null) {
            kept = read.get();
            if (kept != null) {
                answers.put(key, kept);
            }
        }
        return (T) kept;
    }

    /** Keeps an answer read some other way (several keys resolved by one query). */
    public static void put(Object key, Object answer) {
        Map<Object, Object> answers = ANSWERS.get();
        if (answers != null && answer != null) {
            answers.put(key, answer);
        }
    }
}
