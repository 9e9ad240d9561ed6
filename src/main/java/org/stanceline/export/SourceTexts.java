package org.stanceline.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Source texts for checking statement spans, kept up to a budget of characters: the export writes each
 * source's statements together, so the recent texts nearly always hold the one needed, and the rest are
 * read back from the rows already inserted, many at a time.
 */
final class SourceTexts {

    private static final int LOOKUP_CHUNK = 200;

    private final Connection connection;
    private final long budgetChars;
    private final LinkedHashMap<String, String> recent = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    SourceTexts(Connection connection, long budgetChars) {
        this.connection = connection;
        this.budgetChars = budgetChars;
    }

    void put(String hash, String text) {
        String old = recent.put(hash, text);
        chars += text.length() - (old == null ? 0 : old.length());
        Iterator<Map.Entry<String, String>> eldest = recent.entrySet().iterator();
        while (chars > budgetChars && recent.size() > 1 && eldest.hasNext()) {
            Map.Entry<String, String> e = eldest.next();
            chars -= e.getValue().length();
            eldest.remove();
        }
    }

    String get(String hash) {
        return recent.get(hash);
    }

    /** Reads the texts of {@code hashes} not held, from the (flushed) source rows. */
    void ensure(Collection<String> hashes) throws SQLException {
        List<String> missing = hashes.stream().filter(h -> !recent.containsKey(h)).distinct().toList();
        for (int from = 0; from < missing.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + LOOKUP_CHUNK));
            try (PreparedStatement q = connection.prepareStatement("select content_hash, body_text from source "
                    + "where content_hash in (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    q.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        put(rs.getString("content_hash"), rs.getString("body_text"));
                    }
                }
            }
        }
    }
}
