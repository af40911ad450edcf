package io.github.neuronkernel.kernel.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Round numbers for scale bars and colour bar ticks: 1, 2 or 5 times a power of ten. */
final class NiceNumbers {
    private NiceNumbers() {}

    /** @return the largest 1, 2 or 5 times a power of ten that is at most {@code limit} (positive) */
    static double roundDown(double limit) {
        double power = Math.pow(10, Math.floor(Math.log10(limit)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * power <= limit * (1 + 1e-12)) {
                return m * power;
            }
        }
        return power;
    }

    /** @return about {@code count} round values from lo to hi (lo < hi), at a round step */
    static List<Double> ticks(double lo, double hi, int count) {
        double step = roundDown((hi - lo) / count);
        List<Double> ticks = new ArrayList<>();
        double first = Math.ceil(lo / step - 1e-9) * step;
        for (double t = first; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    /** @return a tick value with as many decimals as the step needs: {@code -65}, {@code 0.25} */
    static String format(double value, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
