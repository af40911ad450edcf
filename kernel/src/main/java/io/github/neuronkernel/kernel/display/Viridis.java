package io.github.neuronkernel.kernel.display;

import java.awt.Color;

/**
 * The viridis colour map (dark blue-violet through teal to yellow): perceptually uniform, so equal
 * steps in value look like equal steps in colour, it reads in grey and to colour-blind eyes.
 * Eleven of its colours, at 0, 0.1, ..., 1, are interpolated linearly in RGB.
 */
public final class Viridis {
    private static final int[] STOPS = {
        0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725,
    };

    private Viridis() {}

    /**
     * @param fraction 0 (the map's start) to 1 (its end); values outside are clamped, NaN is 0.5
     * @return the colour there, as 0xRRGGBB
     */
    public static int rgb(double fraction) {
        double f = Double.isNaN(fraction) ? 0.5 : Math.min(Math.max(fraction, 0), 1);
        double pos = f * (STOPS.length - 1);
        int i = Math.min((int) pos, STOPS.length - 2);
        double t = pos - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        return mix(a >> 16, b >> 16, t) << 16 | mix(a >> 8, b >> 8, t) << 8 | mix(a, b, t);
    }

    /** @return {@link #rgb(double)} as a colour */
    public static Color color(double fraction) {
        return new Color(rgb(fraction));
    }

    private static int mix(int a, int b, double t) {
        int x = a & 0xff;
        int y = b & 0xff;
        return (int) Math.round(x + (y - x) * t);
    }
}
