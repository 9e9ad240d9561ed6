package org.stanceline.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans, registered with AWT once, so charts render with the same glyph metrics on every
 * machine (a JVM without fonts configured would otherwise fall back to whatever it finds, or fail).
 */
public final class ChartFonts {

    public static final String FAMILY = "DejaVu Sans";
    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static final Font REGULAR_FONT;
    private static final Font BOLD_FONT;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        REGULAR_FONT = load(REGULAR);
        BOLD_FONT = load(BOLD);
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        env.registerFont(REGULAR_FONT);
        env.registerFont(BOLD_FONT);
    }

    private ChartFonts() {
    }

    public static Font regular(float size) {
        return REGULAR_FONT.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return BOLD_FONT.deriveFont(Font.BOLD, size);
    }

    public static InputStream open(String resource) {
        InputStream in = ChartFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Font " + resource + " is missing from the application");
        }
        return in;
    }

    private static Font load(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font " + resource + " is not a TrueType font", e);
        }
    }
}
