package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Figures as pictures: the scale, limits on the axes, vertical lines, dashes, SVG, interrupts. */
class FigurePainterTest {
    /** 401 points of a sine over x 0..40. */
    private static Figure.Trace sine(LineStyle line) {
        int n = 401;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.1;
            y[i] = Math.sin(x[i]);
        }
        return new Figure.Trace("sin", x, y, line, MarkerShape.NONE, Color.BLUE);
    }

    private static Figure figure(Figure.Range xlim, Figure.Range ylim, List<Figure.VLine> vlines, double scale, Figure.Trace... traces) {
        Figure.Panel panel = new Figure.Panel(null, "y", ylim, List.of(traces), false, false);
        return new Figure("title", "x (ms)", xlim, vlines, List.of(panel), 640, 400, scale);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aFigureAtScaleTwoHasTwiceThePixelsAcrossAndDownAndIsShownAtItsSize() {
        Figure f = figure(null, null, List.of(), 2, sine(LineStyle.SOLID));
        BufferedImage image = FigurePainter.image(f);
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
        MimeBundle b = FigurePainter.bundle(f, "text");
        assertEquals(java.util.Map.of("width", 640, "height", 400), b.metadata().get("image/png"));
        assertEquals(1, FigurePainter.image(figure(null, null, List.of(), 1, sine(LineStyle.SOLID))).getWidth() / 640);
    }

    @Test
    void limitsAreTheAxesEnds() {
        Figure f = figure(new Figure.Range(10, 20), new Figure.Range(-2, 2), List.of(), 1, sine(LineStyle.SOLID));
        PanelChart c = FigureLayout.of(f).charts().get(0);
        List<String> x = DrawnTicks.x(c);
        List<String> y = DrawnTicks.y(c, 0);
        assertEquals("10", x.get(0), x.toString());
        assertEquals("20", x.get(x.size() - 1), x.toString());
        assertEquals("-2.0", y.get(0), y.toString());
        assertEquals("2.0", y.get(y.size() - 1), y.toString());
        Rectangle2D plot = c.plotBounds();
        assertEquals(plot.getX(), c.screenX(10), 1e-6);
        assertEquals(plot.getMaxX(), c.screenX(20), 1e-6);
        assertEquals(plot.getMaxY(), c.screenY(-2), 1e-6);
    }

    @Test
    void withoutLimitsTheDataHaveAMarginOfFourPercent() {
        Figure f = figure(null, null, List.of(), 1, sine(LineStyle.SOLID));
        FigureLayout layout = FigureLayout.of(f);
        FigurePainter.image(layout, f);
        PanelChart c = layout.charts().get(0);
        Rectangle2D plot = c.plotBounds();
        assertEquals(plot.getX() + 0.04 / 1.08 * plot.getWidth(), c.screenX(0), 1e-6);
        assertEquals(plot.getX() + 1.04 / 1.08 * plot.getWidth(), c.screenX(40), 1e-6);
    }

    @Test
    void aVerticalLineIsDrawnWhereItsXIs() {
        Figure.Trace flat = new Figure.Trace("flat", new double[] {0, 40}, new double[] {0, 0}, LineStyle.SOLID, MarkerShape.NONE, Color.BLUE);
        Figure f = figure(null, null, List.of(new Figure.VLine(25, "stim")), 1, flat);
        FigureLayout layout = FigureLayout.of(f);
        BufferedImage image = FigurePainter.image(layout, f);
        PanelChart c = layout.charts().get(0);
        int x = (int) Math.round(c.screenX(25));
        int y = (int) Math.round(layout.top(0) + c.plotBounds().getY() + c.plotBounds().getHeight() / 4);
        int grey = 0;
        for (int dy = 0; dy < 40; dy++) { // a dashed line: most of any 40 pixels down it are grey
            Color pixel = new Color(image.getRGB(x, y + dy));
            grey += pixel.getRed() < 200 && pixel.getRed() == pixel.getBlue() ? 1 : 0;
        }
        assertTrue(grey >= 15, grey + " grey pixels of 40 down the line at x = 25");
    }

    @Test
    void aDashedLineHasGapsAlongADenseTrace() {
        // 4,001 points a few tenths of a pixel apart: XChart would restart the dashes at each one
        int n = 4001;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.01;
        }
        Figure.Trace dashed = new Figure.Trace("d", x, y, LineStyle.DASHED, MarkerShape.NONE, Color.BLUE);
        Figure f = figure(null, new Figure.Range(-1, 1), List.of(), 1, dashed);
        FigureLayout layout = FigureLayout.of(f);
        BufferedImage image = FigurePainter.image(layout, f);
        PanelChart c = layout.charts().get(0);
        int row = (int) Math.round(layout.top(0) + c.screenY(0));
        int blue = 0;
        int from = (int) c.screenX(5);
        int to = (int) c.screenX(35);
        for (int px = from; px < to; px++) {
            Color pixel = new Color(image.getRGB(px, row));
            blue += pixel.getBlue() > 200 && pixel.getRed() < 100 ? 1 : 0;
        }
        double share = blue / (double) (to - from);
        assertTrue(share > 0.4 && share < 0.8, "dashes of 6 px and gaps of 4: " + share + " of the line is drawn");
    }

    @Test
    void aRastersRowsAreLabelledWithWholeNumbers() {
        List<Figure.Trace> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new Figure.Trace("cell " + i, new double[] {10 + i, 50 + i}, new double[] {i, i}, LineStyle.NONE, MarkerShape.TICK, Color.BLACK));
        }
        Figure.Panel raster = new Figure.Panel(null, "cell", new Figure.Range(-0.5, 9.5), rows, false, true);
        Figure f = new Figure(null, "t (ms)", null, List.of(), List.of(raster), 640, 400, 2);
        FigureLayout layout = FigureLayout.of(f);
        FigurePainter.image(layout, f);
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), DrawnTicks.y(layout.charts().get(0), 0));
    }

    @Test
    void aSmoothLineIsOnePathAndADenseOneSegments() {
        // noise between -1 and 1 at every point: thinned, it still turns in every pixel column
        int n = 200_001;
        double[] x = new double[n];
        double[] noise = new double[n];
        double[] sine = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 40.0 / (n - 1);
            noise[i] = i % 2 == 0 ? -1 : 1;
            sine[i] = Math.sin(x[i]);
        }
        Figure f = figure(null, new Figure.Range(-2, 2), List.of(), 2,
                new Figure.Trace("noise", x, noise, LineStyle.SOLID, MarkerShape.NONE, Color.BLUE),
                new Figure.Trace("sine", x, sine, LineStyle.SOLID, MarkerShape.NONE, Color.RED),
                new Figure.Trace("dashed noise", x, noise, LineStyle.DASHED, MarkerShape.NONE, Color.RED));
        PanelChart c = FigureLayout.of(f).charts().get(0);
        int points = c.drawn(0)[0].length; // the data cover 1/1.08 of the 1,280 columns
        assertTrue(points > 2 * 1180 && points <= 4 * 1190, "two to four points in each column the data cover: " + points);
        assertTrue(TracePainter.Drawn.of(new Thinning.Series(c.drawn(0)[0], c.drawn(0)[1], false), LineStyle.SOLID,
                MarkerShape.NONE, Color.BLUE, 1280).bySegments(), "noise: segments");
        assertTrue(!TracePainter.Drawn.of(new Thinning.Series(c.drawn(1)[0], c.drawn(1)[1], false), LineStyle.SOLID,
                MarkerShape.NONE, Color.RED, 1280).bySegments(), "a sine (13 turns): one path");
        assertTrue(!TracePainter.Drawn.of(new Thinning.Series(c.drawn(2)[0], c.drawn(2)[1], false), LineStyle.DASHED,
                MarkerShape.NONE, Color.RED, 1280).bySegments(), "dashes: one path, whatever the trace");
        assertEquals(13, TracePainter.turns(c.drawn(1)[1]), "sin x has 13 extrema for x in 0..40");
    }

    @Test
    void aFigureCanBeSvg() {
        String svg = FigurePainter.svg(figure(null, null, List.of(new Figure.VLine(5, "on")), 2, sine(LineStyle.SOLID)));
        assertTrue(svg.contains("<svg") && svg.contains("width=\"640") && svg.contains(">on<"), svg.substring(0, 300));
    }

    @Test
    void panelsTooShortForTheirHeightAreRefused() {
        Figure.Panel p = new Figure.Panel(null, "y", null, List.of(sine(LineStyle.SOLID)), false, false);
        Figure f = new Figure(null, "x", null, List.of(), List.of(p, p, p, p), 640, 200, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> FigurePainter.image(f));
        assertTrue(e.getMessage().startsWith("size: 200 px is too short for 4 panels; make it at least "), e.getMessage());
    }

    @Test
    void anInterruptedThreadDrawsNothing() {
        Thread.currentThread().interrupt();
        assertThrows(ChartInterruptedException.class, () -> FigurePainter.bundle(figure(null, null, List.of(), 2, sine(LineStyle.SOLID)), ""));
        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt stays for the cell to see");
    }
}
