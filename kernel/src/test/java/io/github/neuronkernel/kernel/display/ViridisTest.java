package io.github.neuronkernel.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViridisTest {
    @Test
    void endsAndMiddleAreViridisColours() {
        assertEquals(0x440154, Viridis.rgb(0));
        assertEquals(0x21918c, Viridis.rgb(0.5));
        assertEquals(0xfde725, Viridis.rgb(1));
        assertEquals(0x440154, Viridis.rgb(-3), "clamped");
        assertEquals(0xfde725, Viridis.rgb(7), "clamped");
    }

    @Test
    void lightnessRisesAlongTheMap() {
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            int c = Viridis.rgb(i / 100.0);
            double luma = 0.2126 * (c >> 16 & 0xff) + 0.7152 * (c >> 8 & 0xff) + 0.0722 * (c & 0xff);
            assertTrue(luma >= previous, "at " + i + "%");
            previous = luma;
        }
    }
}
