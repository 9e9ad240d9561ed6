package org.stanceline.export;

import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV injection"): a cell starting with =, +, -, @, tab or
 * carriage return gets a leading apostrophe, so Excel, LibreOffice and Sheets show it as text instead of
 * evaluating it. Plain numbers ("-1", "-0.5") are left alone: a spreadsheet reads them as numbers, not formulas.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    public static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
