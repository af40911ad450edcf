package io.github.neuronkernel.engine.shape;

import io.github.neuronkernel.engine.internal.Validate;

/**
 * The values a colour map spans, NEURON's {@code ps.scale(lo, hi)}: lo takes the map's first
 * colour, hi its last, values outside take the nearer end's.
 *
 * @param lo the value at the low end, finite
 * @param hi the value at the high end, finite and greater than lo
 */
public record ColorScale(double lo, double hi) {
    /** @throws IllegalArgumentException unless lo and hi are finite and lo < hi */
    public ColorScale {
        Validate.finite("scale: lo", lo, "");
        Validate.finite("scale: hi", hi, "");
        if (!(lo < hi)) {
            throw new IllegalArgumentException("scale(" + Validate.num(lo) + ", " + Validate.num(hi)
                    + "): lo must be less than hi");
        }
    }

    /**
     * The default scale for a set of values: their range; for values that are all equal, a small
     * range around them (1% of the value, or 1 around 0), so that they take the middle colour.
     *
     * @param min the smallest value, finite
     * @param max the largest, finite, at least min
     */
    public static ColorScale spanning(double min, double max) {
        if (min < max) {
            return new ColorScale(min, max);
        }
        double half = min == 0 ? 1 : Math.abs(min) * 0.01;
        return new ColorScale(min - half, min + half);
    }

    /** @return where the value lies on the scale, 0 (lo) to 1 (hi), clamped; 0.5 for NaN */
    public double fraction(double value) {
        if (Double.isNaN(value)) {
            return 0.5;
        }
        double f = (value - lo) / (hi - lo);
        return Math.min(Math.max(f, 0), 1);
    }
}
