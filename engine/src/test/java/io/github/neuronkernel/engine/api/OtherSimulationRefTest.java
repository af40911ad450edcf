package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.model.Ref;
import org.junit.jupiter.api.Test;

/** A variable of one simulation used in another (an old h after newSimulation) is refused at the call. */
class OtherSimulationRefTest {
    @Test
    void recordSaveNetConAndPlayRefuseAnotherSimulationsVariables() {
        Simulation old = new Simulation();
        Ref v = old.Section("soma").at(0.5).ref("v");
        Simulation h = new Simulation();
        h.Section("soma");
        for (Runnable call : new Runnable[] {
            () -> h.Vector().record(v),
            () -> h.batchSave(h.ref("t"), v),
            () -> h.NetCon(v, null),
            () -> h.Vector(1, 2).play(v, 0.1)}) {
            var e = assertThrows(IllegalArgumentException.class, call::run);
            assertTrue(e.getMessage().contains("soma(0.5).v is a variable of another simulation"), e.getMessage());
        }
        h.finitialize(-65); // nothing was kept: the batchSave list is still empty
    }
}
