package io.github.neuronkernel.engine.solver;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The number of threads a step may use, set through the API or for a whole JVM by a property. */
class ThreadsSettingTest {
    @AfterEach
    void clearProperty() {
        System.clearProperty(FixedStep.THREADS_PROPERTY);
    }

    @Test
    void anUnsupportedCountIsRefusedWithTheValueAndWhatIsAllowed() {
        Simulation h = new Simulation();
        var e = assertThrows(IllegalArgumentException.class, () -> h.threads(3));
        assertTrue(e.getMessage().contains("threads: 3") && e.getMessage().contains("0 (automatic), 1 or 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> h.threads(-1));
    }

    @Test
    void thePropertyIsCheckedAsTheMethodIs() {
        System.setProperty(FixedStep.THREADS_PROPERTY, "5");
        var e = assertThrows(IllegalArgumentException.class, Simulation::new);
        assertTrue(e.getMessage().contains("-Dneuronkernel.threads=5"), e.getMessage());

        System.setProperty(FixedStep.THREADS_PROPERTY, "two");
        e = assertThrows(IllegalArgumentException.class, Simulation::new);
        assertTrue(e.getMessage().contains("-Dneuronkernel.threads=two") && e.getMessage().contains("1 or 2"), e.getMessage());

        System.setProperty(FixedStep.THREADS_PROPERTY, " 1 ");
        new Simulation(); // accepted, spaces and all
    }
}
