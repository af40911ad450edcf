package io.github.neuronkernel.engine.morphology;

/**
 * hoc's comparisons of numbers, which Import3d's hoc code uses: each allows {@code float_epsilon}
 * ({@link #EPSILON}), with NEURON's exact boundary and rounding (the sum or difference is formed
 * as NEURON forms it, so a result at the boundary is NEURON's). The operators are {@code hoc_gt},
 * {@code hoc_lt}, {@code hoc_le} and {@code hoc_eq} in NEURON's {@code src/oc/code.cpp};
 * {@code Vector.indwhere(">", v)} compares as {@code >} does.
 *
 * <p>{@code Vector.eq} is a different comparison ({@code MyMath::eq} in {@code src/ivoc/mymath.h}):
 * strict at the boundary and on the difference, where hoc's {@code ==} is inclusive and on the
 * sum. Import3d uses both (its zero-length check calls {@code Vector.eq}, the Neurolucida reader's
 * point comparison {@code ==}), so both are here, each named for its NEURON original.
 */
final class HocCompare {
    /** hoc's {@code float_epsilon}, its default. */
    static final double EPSILON = 1e-11;

    private HocCompare() {
    }

    /** @return hoc's {@code a == b}: {@code a <= b + eps && a >= b - eps} */
    static boolean equal(double a, double b) {
        return a <= b + EPSILON && a >= b - EPSILON;
    }

    /** @return hoc's {@code a > b}: {@code a > b + eps} */
    static boolean greater(double a, double b) {
        return a > b + EPSILON;
    }

    /** @return hoc's {@code a < b}: {@code a < b - eps} */
    static boolean less(double a, double b) {
        return a < b - EPSILON;
    }

    /** @return hoc's {@code a <= b}: {@code a <= b + eps} */
    static boolean lessOrEqual(double a, double b) {
        return a <= b + EPSILON;
    }

    /** @return one element of {@code Vector.eq}: {@code a - b < eps && b - a < eps} */
    static boolean vectorEq(double a, double b) {
        return a - b < EPSILON && b - a < EPSILON;
    }
}
