package org.stanceline.statement;

import org.stanceline.kernel.Unprocessable;


/** The provenance rule: a statement's span must hold exactly its quote. */
public final class SpanCheck {

    private SpanCheck() {
    }

    /** Null when the span holds the quote, else a sentence saying what is there instead. */
    public static String mismatch(String text, int start, int end, String quote) {
        if (start < 0 || end <= start || end > text.length()) {
            return "span [" + start + ", " + end + ") lies outside the source text of " + text.length() + " characters";
        }
        String atSpan = text.substring(start, end);
        if (atSpan.equals(quote)) {
            return null;
        }
        int found = text.indexOf(quote);
        return "span [" + start + ", " + end + ") holds \"" + abbreviate(atSpan) + "\", not the quote"
                + (found >= 0 ? "; the quote is at [" + found + ", " + (found + quote.length()) + ")"
                : "; the quote does not occur in the source text");
    }

    public static void requireQuoteAt(String text, int start, int end, String quote) {
        String mismatch = mismatch(text, start, end, quote);
        if (mismatch != null) {
            throw new Unprocessable("Field 'span': " + mismatch);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
