package io.github.neuronkernel.kernel.display;

import io.github.neuronkernel.engine.shape.ColorScale;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;

/** A vertical gradient of the colour map with round ticks and the variable's name and unit. */
final class ColorBar {
    static final int WIDTH = 16;

    private ColorBar() {}

    /**
     * @param label the variable and unit, above the bar
     * @param x the bar's left edge (pixels); ticks and their values follow on its right
     * @param top where the label starts (pixels)
     * @param height the height (pixels) for the label and the bar
     */
    static void draw(Graphics2D g, Font font, ColorScale scale, String label, int x, int top, int height) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int barTop = top + fm.getHeight() + 6;
        int barHeight = Math.max(height - fm.getHeight() - 6 - fm.getAscent() / 2, 10);
        g.setColor(Color.BLACK);
        g.drawString(label, Math.max(x - 8, x + WIDTH / 2 - fm.stringWidth(label) / 2), top + fm.getAscent());
        for (int i = 0; i < barHeight; i++) {
            g.setColor(Viridis.color(1 - (i + 0.5) / barHeight)); // high values at the top
            g.fillRect(x, barTop + i, WIDTH, 1);
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, barTop, WIDTH, barHeight);
        List<Double> ticks = NiceNumbers.ticks(scale.lo(), scale.hi(), 5);
        double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : scale.hi() - scale.lo();
        for (double t : ticks) {
            int ty = (int) Math.round(barTop + barHeight * (1 - scale.fraction(t)));
            g.setColor(Color.BLACK);
            g.drawLine(x + WIDTH, ty, x + WIDTH + 4, ty);
            g.drawString(NiceNumbers.format(t, step), x + WIDTH + 7, ty + fm.getAscent() / 2 - 1);
        }
    }
}
