package io.github.neuronkernel.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * hoc's comparisons at float_epsilon's boundary, as NEURON 8.2.2 gives them: {@code hoc_eq} in
 * code.cpp is inclusive ({@code 1e-11 == 0} is 1 in hoc), {@code Vector.eq} ({@code MyMath::eq})
 * is strict ({@code new Vector(1, 1e-11).eq(new Vector(1))} is 0).
 */
class HocCompareTest {
    private static final double EPS = HocCompare.EPSILON;

    @Test
    void hocEqualityIncludesTheBoundaryAndVectorEqDoesNot() {
        assertTrue(HocCompare.equal(EPS, 0));
        assertTrue(HocCompare.equal(-EPS, 0));
        assertFalse(HocCompare.equal(2 * EPS, 0));
        assertFalse(HocCompare.vectorEq(EPS, 0));
        assertFalse(HocCompare.vectorEq(0, EPS));
        assertTrue(HocCompare.vectorEq(EPS / 2, 0));
    }

    @Test
    void orderingsAllowTheEpsilon() {
        assertFalse(HocCompare.greater(EPS, 0));
        assertTrue(HocCompare.greater(2 * EPS, 0));
        assertFalse(HocCompare.less(-EPS, 0));
        assertTrue(HocCompare.less(-2 * EPS, 0));
        assertTrue(HocCompare.lessOrEqual(EPS, 0));
        assertFalse(HocCompare.lessOrEqual(2 * EPS, 0));
    }
}
