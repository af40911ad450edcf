package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NiceNumbersTest {
    @Test
    void scaleBarsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(100, NiceNumbers.roundDown(180));
        assertEquals(50, NiceNumbers.roundDown(50));
        assertEquals(20, NiceNumbers.roundDown(49.9));
        assertEquals(0.5, NiceNumbers.roundDown(0.7));
    }

    @Test
    void ticksAreRoundAndInsideTheRange() {
        assertEquals(List.of(-80.0, -60.0, -40.0, -20.0, 0.0, 20.0, 40.0), NiceNumbers.ticks(-80, 40, 5));
        List<Double> small = NiceNumbers.ticks(0.054, 0.12, 5); // step 0.01
        assertEquals(7, small.size());
        assertEquals(0.06, small.get(0), 1e-12);
        assertEquals(0.12, small.get(6), 1e-12);
        assertEquals("-65", NiceNumbers.format(-65, 20));
        assertEquals("0.25", NiceNumbers.format(0.25, 0.05));
    }
}
