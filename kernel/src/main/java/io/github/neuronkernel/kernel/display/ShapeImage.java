package io.github.neuronkernel.kernel.display;

import io.github.neuronkernel.engine.shape.ShapePicture;
import io.github.neuronkernel.engine.shape.ShapeSegment;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * Draws a shape plot with Java2D (XChart draws series, not thousands of lines each with its own
 * colour and width): the morphology fitted into the picture with micrometres equal on both axes,
 * each segment's piece as wide as its diameter (at least one pixel) or as the fixed width asked
 * for, coloured by viridis; a {@link ColorBar} on the right and a {@link ScaleBar} below.
 */
public final class ShapeImage {
    /** Colour of the bare morphology. */
    static final Color MORPHOLOGY = new Color(0x303030);
    /** Colour of segments where the shown variable does not exist. */
    static final Color NO_VALUE = new Color(0xb4b4b4);
    static final int MARGIN = 12;
    static final int TITLE_HEIGHT = 28;
    static final int BAR_AREA = 96; // the colour bar, its ticks and label
    static final int SCALE_AREA = 30; // the scale bar and its label
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    private ShapeImage() {}

    /** @return the picture painted into an opaque image of its size */
    public static BufferedImage image(ShapePicture p) {
        return image(p, 1);
    }

    /** @return the picture painted into an opaque image {@code scale} times its size (2 for high-DPI screens) */
    public static BufferedImage image(ShapePicture p, double scale) {
        BufferedImage image = new BufferedImage((int) Math.ceil(p.widthPx() * scale), (int) Math.ceil(p.heightPx() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(g, p);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * @return the picture as SVG text (not sent to the front end, as charts are not; for whoever
     *     wants a vector copy)
     */
    public static String svg(ShapePicture p) {
        de.erichseifert.vectorgraphics2d.VectorGraphics2D g = new de.erichseifert.vectorgraphics2d.VectorGraphics2D();
        paint(g, p);
        var page = new de.erichseifert.vectorgraphics2d.util.PageSize(p.widthPx(), p.heightPx());
        var document = new de.erichseifert.vectorgraphics2d.svg.SVGProcessor().getDocument(g.getCommands(), page);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            document.writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not write the shape plot as SVG", e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Paints the picture onto g, over a {@code widthPx} by {@code heightPx} area from (0, 0). */
    public static void paint(Graphics2D g, ShapePicture p) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, p.widthPx(), p.heightPx());
        int top = MARGIN;
        if (!p.title().isEmpty()) {
            g.setFont(TITLE_FONT);
            g.setColor(Color.BLACK);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(p.title(), (p.widthPx() - fm.stringWidth(p.title())) / 2, MARGIN + fm.getAscent());
            top += TITLE_HEIGHT;
        }
        int right = p.widthPx() - MARGIN - (p.scale() != null ? BAR_AREA : 0);
        int bottom = p.heightPx() - MARGIN - SCALE_AREA;
        Frame frame = Frame.fit(p, MARGIN, top, right, bottom);
        if (frame == null) {
            g.setFont(FONT);
            g.setColor(Color.DARK_GRAY);
            g.drawString("no sections", MARGIN, top + 20);
            return;
        }
        drawSegments(g, p, frame);
        ScaleBar.draw(g, FONT, frame.pxPerUm(), MARGIN, p.heightPx() - MARGIN - 8, right - MARGIN);
        if (p.scale() != null) {
            ColorBar.draw(g, FONT, p.scale(), label(p), right + 16, top + 4, bottom - top - 8);
        }
    }

    private static void drawSegments(Graphics2D g, ShapePicture p, Frame f) {
        for (ShapeSegment s : p.segments()) {
            double width = p.lineWidthPx() > 0 ? p.lineWidthPx() : Math.max(1, s.diam() * f.pxPerUm());
            g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(colour(p, s));
            Path2D.Double path = new Path2D.Double();
            path.moveTo(f.x(s.u()[0]), f.y(s.v()[0]));
            for (int i = 1; i < s.u().length; i++) {
                path.lineTo(f.x(s.u()[i]), f.y(s.v()[i]));
            }
            g.draw(path);
        }
    }

    /** @return the colour a segment is drawn in */
    static Color colour(ShapePicture p, ShapeSegment s) {
        if (p.variable() == null) {
            return MORPHOLOGY;
        }
        return s.hasValue() ? Viridis.color(p.scale().fraction(s.value())) : NO_VALUE;
    }

    /** @return the colour bar's label: {@code v (mV)} */
    static String label(ShapePicture p) {
        return p.unit().isEmpty() ? p.variable() : p.variable() + " (" + p.unit() + ")";
    }

    /**
     * Where micrometres land in the picture: the same scale on both axes, the drawing centred,
     * vertical coordinates growing upwards.
     */
    record Frame(double pxPerUm, double originX, double originY) {
        static Frame fit(ShapePicture p, int left, int top, int right, int bottom) {
            double[] b = p.bounds();
            if (b == null) {
                return null;
            }
            // lines reach half their width past the points: keep the widest inside
            double pad = 0;
            for (ShapeSegment s : p.segments()) {
                pad = Math.max(pad, s.diam() / 2);
            }
            double du = Math.max(b[2] - b[0] + 2 * pad, 1e-6);
            double dv = Math.max(b[3] - b[1] + 2 * pad, 1e-6);
            double scale = Math.min((right - left) / du, (bottom - top) / dv);
            if (p.lineWidthPx() > 0) { // a fixed width in pixels: leave room for it instead
                scale = Math.min((right - left - p.lineWidthPx()) / (b[2] - b[0] + 1e-6),
                        (bottom - top - p.lineWidthPx()) / (b[3] - b[1] + 1e-6));
            }
            double cu = (b[0] + b[2]) / 2;
            double cv = (b[1] + b[3]) / 2;
            return new Frame(scale, (left + right) / 2.0 - cu * scale, (top + bottom) / 2.0 + cv * scale);
        }

        double x(double u) {
            return originX + u * pxPerUm;
        }

        double y(double v) {
            return originY - v * pxPerUm;
        }
    }
}
