package io.github.neuronkernel.kernel.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.api.Vector;
import io.github.neuronkernel.kernel.display.Figure;
import io.github.neuronkernel.kernel.display.LineStyle;
import io.github.neuronkernel.kernel.display.MarkerShape;
import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.display.ValueRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * plot(...) names its series and axes from what the Vectors record, with units; its options shape
 * the figure and refuse bad values with a message; raster(...) and panels(...); how a plot shows.
 */
class PlotTest {
    private final Simulation h = new Simulation();
    private final Vector t;
    private final Vector v;
    private final Vector w;
    private final Vector m;

    PlotTest() {
        var soma = h.Section("soma");
        soma.insert("hh");
        var dend = h.Section("dend");
        dend.connect(soma.at(1));
        t = h.Vector().record(h.ref("t"));
        v = h.Vector().record(soma.at(0.5).ref("v"));
        w = h.Vector().record(dend.at(0.5).ref("v"));
        m = h.Vector().record(soma.at(0.5).ref("m_hh"));
        h.tstop = 1;
        h.run();
    }

    private static List<String> names(Figure.Panel p) {
        return p.traces().stream().map(Figure.Trace::name).toList();
    }

    private static void assertRefused(String message, Executable option) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, option).getMessage());
    }

    @Test
    void seriesAndAxesAreNamedAfterTheRecordedVariables() {
        Figure f = Notebook.plot(t, v, w).figure();
        assertEquals(List.of("soma(0.5).v", "dend(0.5).v"), names(f.panels().get(0)));
        assertEquals("t (ms)", f.xLabel());
        assertEquals("mV", f.panels().get(0).yLabel());
        assertEquals("soma(0.5).m_hh", Notebook.plot(t, m).figure().panels().get(0).yLabel());
        assertEquals("Plot 640x400 (2x): soma(0.5).v, dend(0.5).v in mV against t (ms); 2 x 41 points",
                Notebook.plot(t, v, w).toString());
    }

    @Test
    void labelsNameSeriesAndUnnamedOnesAreNumbered() {
        Figure f = Notebook.plot(t, v.label("soma"), w).figure();
        assertEquals(List.of("soma", "dend(0.5).v"), names(f.panels().get(0)));
        Figure arrays = Notebook.plot(t.toArray(), v.toArray()).figure();
        assertEquals(List.of("y1"), names(arrays.panels().get(0)));
        assertEquals("x", arrays.xLabel());
        assertNull(arrays.panels().get(0).yLabel());
        assertEquals("index", Notebook.plot(v.toArray()).figure().xLabel());
        assertRefused("plot: series 1 is null", () -> Notebook.plot(t, (Vector) null));
        assertRefused("plot: series 2 has 3 values but x has 41; they must be equally long",
                () -> Notebook.plot(t.toArray(), v.toArray(), new double[3]));
    }

    @Test
    void eachUnitGetsItsOwnPanelSharingX() {
        Figure f = Notebook.plot(t, v, m, w).figure();
        assertEquals(2, f.panels().size());
        assertEquals(List.of("soma(0.5).v", "dend(0.5).v"), names(f.panels().get(0)));
        assertEquals("mV", f.panels().get(0).yLabel());
        assertEquals("soma(0.5).m_hh", f.panels().get(1).yLabel());
        assertEquals(Figure.defaultHeight(2), f.height());
        assertEquals("Plot 640x580 (2x): 2 panels sharing x: [1] soma(0.5).v, dend(0.5).v in mV; [2] soma(0.5).m_hh,"
                + " against t (ms); 3 x 41 points", Notebook.plot(t, v, m, w).toString());
    }

    @Test
    void optionsShapeTheFigure() {
        Plot p = Notebook.plot(t, v, w).title("AP").xlabel("time (ms)").ylabel("v (mV)").xlim(0, 0.5).ylim(-80, 50)
                .style(2, "--").marker("o").vline(0.2, "stim").size(800, 500).scale(1);
        Figure f = p.figure();
        assertEquals("AP", f.title());
        assertEquals("time (ms)", f.xLabel());
        assertEquals("v (mV)", f.panels().get(0).yLabel());
        assertEquals(new Figure.Range(0, 0.5), f.xlim());
        assertEquals(new Figure.Range(-80, 50), f.panels().get(0).ylim());
        assertEquals(LineStyle.SOLID, f.panels().get(0).traces().get(0).line());
        assertEquals(LineStyle.DASHED, f.panels().get(0).traces().get(1).line());
        assertEquals(MarkerShape.CIRCLE, f.panels().get(0).traces().get(1).marker());
        assertEquals(List.of(new Figure.VLine(0.2, "stim")), f.vlines());
        assertEquals(800, f.width());
        assertEquals(500, f.height());
        assertEquals(1.0, f.scale());
        assertEquals("Plot \"AP\" 800x500 (1x): soma(0.5).v, dend(0.5).v in v (mV) (y -80 to 50) against time (ms), x 0 to 0.5,"
                + " vertical lines at 0.2; 2 x 41 points", p.toString());
    }

    @Test
    void badOptionsAreRefusedWithWhatIsAllowed() {
        Plot p = Notebook.plot(t, v, w);
        assertRefused("xlim: min 5.0 must be below max 3.0", () -> p.xlim(5, 3));
        assertRefused("xlim: min 2.0 must be below max 2.0", () -> p.xlim(2, 2));
        assertRefused("ylim: max is NaN; pass finite numbers (data units)", () -> p.ylim(0, Double.NaN));
        assertRefused("size: width -5 px is not allowed; use 100 to 4000 (CSS pixels)", () -> p.size(-5, 400));
        assertRefused("size: height 5000 px is not allowed; use 100 to 4000 (CSS pixels)", () -> p.size(640, 5000));
        assertRefused("size: 4000x4000 px at scale 2 is 64.0 million pixels; the most is 16 million: make it smaller"
                + " or lower the scale", () -> p.size(4000, 4000));
        assertRefused("scale: 0.5 is not allowed; use 1 to 4 (device pixels per CSS pixel; 2 for high-DPI screens)",
                () -> p.scale(0.5));
        assertRefused("style: \"~\" is not a line style; use \"-\" (solid), \"--\" (dashed), \":\" (dotted), \"-.\" (dash-dot)"
                + " or \"none\"", () -> p.style("~"));
        assertRefused("marker: \"*\" is not a marker; use \"o\" (circle), \"s\" (square), \"d\" (diamond), \"^\" (triangle),"
                + " \"x\" (cross), \"+\" (plus), \"|\" (tick) or \"none\"", () -> p.marker("*"));
        assertRefused("style: there is no series 3; this plot has 2 series, numbered 1 to 2", () -> p.style(3, "--"));
        assertRefused("style \"none\" with marker \"none\" would draw nothing of soma(0.5).v; give it a line style or a marker",
                () -> p.style("none"));
        assertRefused("vline: x is NaN; pass a finite number (x data units)", () -> p.vline(Double.NaN));
        assertRefused("save: \"v.jpg\" ends in neither .png nor .svg; name the file with one of them", () -> p.save("v.jpg"));
        Plot two = Notebook.plot(t, v, m);
        assertRefused("ylim: this plot has 2 panels; set ylim on each plot before panels(...), e.g. panels(plot(t, v).ylim(...),"
                + " plot(t, m))", () -> two.ylim(0, 1));
        // nothing changed by the refusals
        assertEquals(Notebook.plot(t, v, w).toString(), p.toString());
    }

    @Test
    void aRasterHasARowPerTrainWithATickPerSpike() {
        Vector a = h.Vector(new double[] {1, 5, 9});
        Vector b = h.Vector(new double[] {2}).label("inhibitory");
        Figure f = Notebook.raster(a, b).figure();
        Figure.Panel p = f.panels().get(0);
        assertTrue(p.raster());
        assertEquals(List.of("cell 0", "inhibitory"), names(p));
        assertEquals(new Figure.Range(-0.5, 1.5), p.ylim());
        assertEquals(1.0, p.traces().get(1).y()[0]);
        assertEquals(MarkerShape.TICK, p.traces().get(0).marker());
        assertEquals("t (ms)", f.xLabel());
        assertEquals("Plot 640x400 (2x): raster of 2 rows, 4 spikes against t (ms)", Notebook.raster(List.of(a, b)).toString());
        assertRefused("raster: spike train 2 is null", () -> Notebook.raster(a, null));
        // cells that never fired are rows too, and a raster of silence still draws
        assertTrue(Notebook.raster(h.Vector(), a).bundle().data().containsKey("image/png"));
        assertEquals("Plot 640x400 (2x): raster of 2 rows, 0 spikes against t (ms)", Notebook.raster(h.Vector(), h.Vector()).toString());
        assertTrue(Notebook.raster(h.Vector(), h.Vector()).bundle().data().containsKey("image/png"));
        assertRefused("raster: no spike trains given; pass one Vector of spike times (ms) per cell, e.g. what"
                + " NetCon.record(vector) filled", () -> Notebook.raster(List.of()));
    }

    @Test
    void panelsStackPlotsOverOneXAxis() {
        Plot voltage = Notebook.plot(t, v).title("soma").xlim(0, 0.5);
        Plot stack = Notebook.panels(voltage, Notebook.plot(t, m), Notebook.raster(h.Vector(new double[] {0.3}))).vline(0.25);
        Figure f = stack.figure();
        assertEquals(3, f.panels().size());
        assertEquals("soma", f.panels().get(0).title(), "each plot's title goes over its panel");
        assertNull(f.title());
        assertEquals(new Figure.Range(0, 0.5), f.xlim(), "the first limits set on a stacked plot");
        assertEquals("t (ms)", f.xLabel());
        assertEquals(Figure.defaultHeight(3), f.height());
        voltage.ylim(-100, 100);
        assertNull(stack.figure().panels().get(0).ylim(), "the stack keeps the plots as they were");
        assertRefused("panels: plot 2 is null", () -> Notebook.panels(voltage, null));
        assertRefused("panels: no plots given; pass two or more, e.g. panels(plot(t, v), plot(t, m))", () -> Notebook.panels());
        stack.style(2, "--"); // series are numbered across the panels
        assertEquals(LineStyle.DASHED, stack.figure().panels().get(1).traces().get(0).line());
    }

    @Test
    void aPlotShowsAsATwiceAsLargePngAtItsSizeWithItsText() throws Exception {
        Plot p = Notebook.plot(t, v).size(500, 300);
        MimeBundle b = ValueRenderer.render(p, "ignored");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) b.data().get("image/png"))));
        assertEquals(1000, image.getWidth());
        assertEquals(600, image.getHeight());
        assertEquals(Map.of("width", 500, "height", 300), b.metadata().get("image/png"));
        assertEquals(p.toString(), b.plainText());
    }

    @Test
    void aPlotSavesAsPngOrSvg(@TempDir Path dir) throws Exception {
        Plot p = Notebook.panels(Notebook.plot(t, v), Notebook.plot(t, m)).scale(1);
        assertEquals(p, p.save(dir.resolve("v.png").toString()));
        BufferedImage png = ImageIO.read(dir.resolve("v.png").toFile());
        assertEquals(640, png.getWidth());
        assertEquals(Figure.defaultHeight(2), png.getHeight());
        p.save(dir.resolve("v.svg").toString());
        assertTrue(Files.readString(dir.resolve("v.svg")).contains("<svg"));
        var e = assertThrows(java.io.UncheckedIOException.class, () -> p.save(dir.resolve("no/such/dir/v.png").toString()));
        assertTrue(e.getMessage().startsWith("save: cannot write v.png in "), e.getMessage());
    }
}
