package io.github.neuronkernel.kernel.display;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;

/** A bar of round length (um) at the bottom left, labelled. */
final class ScaleBar {
    private ScaleBar() {}

    /** @return the bar's length (um): round, about a fifth of the drawing's width, at most all of it */
    static double length(double pxPerUm, int availablePx) {
        return NiceNumbers.roundDown(Math.max(availablePx / 5.0, 1) / pxPerUm);
    }

    /**
     * @param x the bar's left end (pixels)
     * @param y its height in the picture (pixels)
     * @param availablePx the width (pixels) the bar and its label may take
     */
    static void draw(Graphics2D g, Font font, double pxPerUm, int x, int y, int availablePx) {
        double um = length(pxPerUm, availablePx);
        int px = (int) Math.round(um * pxPerUm);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.drawLine(x, y, x + px, y);
        g.drawLine(x, y - 4, x, y + 4);
        g.drawLine(x + px, y - 4, x + px, y + 4);
        g.setFont(font);
        String text = NiceNumbers.format(um, um) + " um";
        g.drawString(text, x + px + 6, y + g.getFontMetrics().getAscent() / 2 - 1);
    }
}

