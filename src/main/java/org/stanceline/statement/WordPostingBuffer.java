package org.stanceline.statement;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * (word, statement) pairs of a bulk re-index, written to {@code statement_word} sorted by word then id. In
 * that order the primary-key B-tree is filled in one sweep per flush; in reading order every quote touches as
 * many leaf pages as it has words, and a million quotes then take far longer than the load itself.
 */
final class WordPostingBuffer {

    /**
     * Pairs held before a flush: at most 64 MB, whatever the corpus size. Each flush sweeps the whole B-tree
     * and rewrites the pages it touches, so fewer, larger flushes leave less dead space in the H2 file.
     */
    static final int CAPACITY = 1 << 23;

    private static final int INITIAL = 1 << 16;

    private static final int ID_BITS = 40;
    private static final long ID_MASK = (1L << ID_BITS) - 1;

    private final Map<String, Integer> wordIndex = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private long[] pairs = new long[INITIAL];
    private int size;

    void add(String word, long statementId) {
        if (statementId < 0 || statementId > ID_MASK) {
            throw new IllegalStateException("Statement id " + statementId + " out of the index's range");
        }
        int w = wordIndex.computeIfAbsent(word, k -> {
            words.add(k);
            return words.size() - 1;
        });
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.min(CAPACITY, pairs.length * 2));
        }
        pairs[size++] = ((long) w << ID_BITS) | statementId;
    }

    boolean isFull() {
        return size >= CAPACITY - TextQuery.MAX_WORD * 200;
    }

    /** Inserts the pairs held, in (word, id) order, and empties the buffer; returns how many. */
    int flush(PreparedStatement insert, int batch) throws SQLException {
        Integer[] byText = new Integer[words.size()];
        for (int i = 0; i < byText.length; i++) {
            byText[i] = i;
        }
        Arrays.sort(byText, Comparator.comparing(words::get));
        int[] rank = new int[byText.length];
        for (int r = 0; r < byText.length; r++) {
            rank[byText[r]] = r;
        }
        for (int i = 0; i < size; i++) {
            pairs[i] = ((long) rank[(int) (pairs[i] >>> ID_BITS)] << ID_BITS) | (pairs[i] & ID_MASK);
        }
        Arrays.sort(pairs, 0, size);
        for (int i = 0; i < size; i++) {
            insert.setString(1, words.get(byText[(int) (pairs[i] >>> ID_BITS)]));
            insert.setLong(2, pairs[i] & ID_MASK);
            insert.addBatch();
            if ((i + 1) % batch == 0) {
                insert.executeBatch();
            }
        }
        insert.executeBatch();
        int written = size;
        size = 0;
        words.clear();
        wordIndex.clear();
        return written;
    }
}
