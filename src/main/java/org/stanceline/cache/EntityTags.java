package org.stanceline.cache;

import java.util.ArrayList;
import java.util.List;

/** Entity tags and the If-None-Match test of RFC 9110 (section 13.1.2): weak comparison, a list, or "*". */
public final class EntityTags {

    private EntityTags() {
    }

    /**
     * Whether an If-None-Match field value matches the current tag, so that a GET may answer 304.
     * Weak comparison: {@code W/"x"} and {@code "x"} match each other. Malformed members never match.
     */
    public static boolean noneMatchHits(List<String> ifNoneMatch, String currentTag) {
        if (ifNoneMatch == null || ifNoneMatch.isEmpty()) {
            return false;
        }
        String current = opaque(currentTag);
        for (String field : ifNoneMatch) {
            for (String member : members(field)) {
                if (member.equals("*") || (current != null && current.equals(opaque(member)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The opaque part of a tag, quotes included, without a weak prefix; null when it is not a tag. */
    static String opaque(String tag) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        return t.length() >= 2 && t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"'
                && t.indexOf('"', 1) == t.length() - 1 ? t : null;
    }

    /** Splits a field value on the commas between members; a quoted tag may itself hold commas. */
    static List<String> members(String field) {
        List<String> members = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                add(members, current);
            } else {
                current.append(c);
            }
        }
        add(members, current);
        return members;
    }

    private static void add(List<String> members, StringBuilder member) {
        String m = member.toString().strip();
        if (!m.isEmpty()) {
            members.add(m);
        }
        member.setLength(0);
    }
}
