package io.github.neuronkernel.kernel.widgets;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * A slider over a range of numbers, in steps: doubles ({@code slider("amp", 0, 1, 0.05)}, a
 * {@code Slider<Double>}) or ints ({@code slider("n", 1, 10, 1)}, a {@code Slider<Integer>}). The
 * front end draws it with a readout of the value, to as many decimals as the step has.
 *
 * @param <T> {@link Double} or {@link Integer}
 */
public final class Slider<T extends Number> extends Control<T> {
    /** Readouts show at most this many decimals, whatever the step. */
    private static final int MAX_DECIMALS = 8;

    private final double min;
    private final double max;
    private final double step;
    private final boolean integer;
    private final DoubleFunction<T> of;

    private Slider(String name, double min, double max, double step, T value, boolean integer, DoubleFunction<T> of) {
        super(name, value);
        this.min = min;
        this.max = max;
        this.step = step;
        this.integer = integer;
        this.of = of;
    }

    /**
     * A slider of doubles.
     *
     * @throws IllegalArgumentException for a blank name, a range that is empty or not finite, a
     *     step that is not positive or is wider than the range, or a value outside the range
     */
    public static Slider<Double> of(String name, double min, double max, double step, double value) {
        check(name, min, max, step, value);
        return new Slider<>(name, min, max, step, value, false, x -> x);
    }

    /**
     * A slider of ints.
     *
     * @throws IllegalArgumentException as {@link #of(String, double, double, double, double)}
     */
    public static Slider<Integer> ofInt(String name, int min, int max, int step, int value) {
        check(name, min, max, step, value);
        return new Slider<>(name, min, max, step, value, true, x -> (int) Math.round(x));
    }

    /**
     * A slider of doubles that starts in the middle of its range, on a step from min (as
     * ipywidgets' sliders do).
     *
     * @throws IllegalArgumentException as {@link #of(String, double, double, double, double)}
     */
    public static Slider<Double> of(String name, double min, double max, double step) {
        check(name, min, max, step, min);
        return of(name, min, max, step, middle(min, max, step));
    }

    /**
     * A slider of ints that starts in the middle of its range, on a step from min.
     *
     * @throws IllegalArgumentException as {@link #of(String, double, double, double, double)}
     */
    public static Slider<Integer> ofInt(String name, int min, int max, int step) {
        check(name, min, max, step, min);
        return ofInt(name, min, max, step, (int) Math.round(middle(min, max, step)));
    }

    /** @return the value at the middle of the range, on a step from min */
    static double middle(double min, double max, double step) {
        double steps = Math.floor((max - min) / 2 / step + 1e-9);
        return Math.min(max, min + steps * step);
    }

    private static void check(String name, double min, double max, double step, double value) {
        Controls.checkName("slider", name);
        String s = "slider \"" + name + "\": ";
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(s + "min " + min + " and max " + max + " must be finite numbers");
        }
        if (!(min < max)) {
            throw new IllegalArgumentException(s + "min " + num(min) + " must be less than max " + num(max));
        }
        if (!(step > 0) || !Double.isFinite(step) || step > max - min) {
            throw new IllegalArgumentException(s + "step " + num(step) + " must be positive and at most max - min = "
                    + num(max - min));
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(s + "value " + num(value) + " is outside the range " + num(min) + " to "
                    + num(max));
        }
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }

    /** @return the smallest value */
    public double min() {
        return min;
    }

    /** @return the largest value */
    public double max() {
        return max;
    }

    /** @return the step between values */
    public double step() {
        return step;
    }

    @Override
    String modelName() {
        return integer ? "IntSliderModel" : "FloatSliderModel";
    }

    @Override
    String viewName() {
        return integer ? "IntSliderView" : "FloatSliderView";
    }

    @Override
    void controlState(Map<String, Object> state) {
        state.put("_range", false);
        state.put("continuous_update", true); // values while the handle moves, not only when it is let go
        state.put("max", of.apply(max));
        state.put("min", of.apply(min));
        state.put("orientation", "horizontal");
        state.put("readout", true);
        state.put("readout_format", integer ? "d" : "." + decimals(step) + "f");
        if (!integer) {
            state.put("slider_color", null); // ipywidgets 6 gives float sliders a colour, int sliders a style model
        }
        state.put("step", of.apply(step));
    }

    /** @return how many decimals a readout needs to tell values a step apart: 0.05 needs 2 */
    static int decimals(double step) {
        int scale = new BigDecimal(Double.toString(step)).stripTrailingZeros().scale();
        return Math.max(0, Math.min(MAX_DECIMALS, scale));
    }

    /** A number, clamped to the range (as ipywidgets' bounded sliders do), an int's rounded. */
    @Override
    T fromJson(Object json) {
        if (!(json instanceof Number n) || Double.isNaN(n.doubleValue())) {
            throw new IllegalArgumentException("slider \"" + name() + "\": the value " + json + " is not a number");
        }
        return of.apply(Math.max(min, Math.min(max, n.doubleValue())));
    }
}
