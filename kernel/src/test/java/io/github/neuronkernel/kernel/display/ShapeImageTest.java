package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.model.Section;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Shape plots as pictures: size, colours where they must be, and the text beside them. */
class ShapeImageTest {
    private final Simulation h = new Simulation();
    private final Section soma = h.Section("soma");
    private final Section dend = h.Section("dend");

    ShapeImageTest() {
        soma.L = soma.diam = 12.6157;
        soma.insert("hh");
        dend.L = 200;
        dend.diam = 1;
        dend.nseg = 101;
        dend.connect(soma.at(1));
        h.finitialize(-65);
        soma.at(0.5).set("v", -20); // the soma at the top of the scale, the dendrite at the bottom
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    private static BufferedImage decode(MimeBundle b) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) b.data().get("image/png"))));
    }

    @Test
    void aShapePlotRendersAsPngOfItsSizeWithItsText() throws Exception {
        var ps = h.PlotShape("v").size(500, 300);
        MimeBundle b = ValueRenderer.render(ps, "ignored");
        BufferedImage image = decode(b);
        assertEquals(1000, image.getWidth(), "twice as many pixels, for high-DPI screens");
        assertEquals(600, image.getHeight());
        assertEquals(java.util.Map.of("width", 500, "height", 300), b.metadata().get("image/png"), "shown at its size");
        assertEquals(ps.toString(), b.plainText());
        assertTrue(b.plainText().startsWith("PlotShape \"v at t = 0 ms\": 2 sections, 102 segments, xy plane; "
                + "v from -65 to -20 mV"), b.plainText());
        assertEquals(0xffffff, image.getRGB(2, 2) & 0xffffff);
    }

    @Test
    void segmentsTakeTheirValuesColourOnTheMap() {
        BufferedImage image = ShapeImage.image(h.PlotShape("v").lineWidth(6).picture());
        // a 6-pixel line of each colour: many pixels exactly the map's ends (the colour bar has a few)
        assertTrue(count(image, Viridis.rgb(1)) > 100, "the soma, at the top of the scale, in yellow");
        assertTrue(count(image, Viridis.rgb(0)) > 1000, "the dendrite, at the bottom, in dark violet");
    }

    @Test
    void theSomaIsDrawnAsWideAsItsDiameter() {
        var picture = h.PlotShape("v").picture();
        BufferedImage image = ShapeImage.image(picture);
        double pxPerUm = ShapeImage.Frame.fit(picture, ShapeImage.MARGIN, ShapeImage.MARGIN + ShapeImage.TITLE_HEIGHT,
                picture.widthPx() - ShapeImage.MARGIN - ShapeImage.BAR_AREA,
                picture.heightPx() - ShapeImage.MARGIN - ShapeImage.SCALE_AREA).pxPerUm();
        int yellow = count(image, Viridis.rgb(1));
        double somaPx = 12.6157 * pxPerUm;
        // the soma is a 12.6 um square with round ends across; its yellow area is about diam x (L + diam/2 ...)
        assertTrue(yellow > 0.8 * somaPx * somaPx, yellow + " yellow pixels, soma " + somaPx + " px");
    }

    @Test
    void missingValuesAreGreyAndTheBareMorphologyDark() {
        BufferedImage m = ShapeImage.image(h.PlotShape("m_hh").lineWidth(4).picture());
        assertTrue(count(m, ShapeImage.NO_VALUE.getRGB() & 0xffffff) > 500, "the dendrite without hh, grey");
        BufferedImage bare = ShapeImage.image(h.PlotShape().picture());
        assertTrue(count(bare, ShapeImage.MORPHOLOGY.getRGB() & 0xffffff) > 500);
        assertEquals(0, count(bare, Viridis.rgb(1)), "no colour bar, no colours");
    }

    @Test
    void aShapePlotCanBeWrittenAsSvg() {
        String svg = ShapeImage.svg(h.PlotShape("v").picture());
        assertTrue(svg.contains("<svg") && svg.contains("v (mV)"), svg.substring(0, Math.min(300, svg.length())));
        assertTrue(svg.contains("stroke:rgb(253,231,37)"), "the soma in the top colour");
    }

    @Test
    void aSpacePlotRendersAsALineChartWithItsText() throws Exception {
        var rvp = h.RangeVarPlot("v", soma.at(0), dend.at(1));
        MimeBundle b = ValueRenderer.render(rvp, "ignored");
        BufferedImage image = decode(b);
        assertEquals(1280, image.getWidth(), "twice as many pixels, for high-DPI screens");
        assertEquals(800, image.getHeight());
        assertEquals(java.util.Map.of("width", 640, "height", 400), b.metadata().get("image/png"));
        assertTrue(b.plainText().startsWith("RangeVarPlot \"v from soma(0) to dend(1) at t = 0 ms\": 105 points, "
                + "distance 0 to 212.616 um, v from -65 to -20 mV"), b.plainText());
        var figure = SpacePlotChart.figure(rvp.data());
        assertEquals("distance (um)", figure.xLabel());
        assertEquals("v (mV)", figure.panels().get(0).yLabel());
    }

    @Test
    void aPlotThatCannotBeDrawnShowsItsTextAndWhy() {
        var rvp = h.RangeVarPlot("v");
        MimeBundle b = ValueRenderer.renderCellValue(rvp, rvp.toString());
        assertTrue(b.plainText().contains("without a beginning") && b.plainText().contains(".begin(seg)"),
                b.plainText());
    }
}
