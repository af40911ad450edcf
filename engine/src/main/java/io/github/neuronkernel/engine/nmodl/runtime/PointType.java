package io.github.neuronkernel.engine.nmodl.runtime;

import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.Clock;

/**
 * A loaded POINT_PROCESS or ARTIFICIAL_CELL in one simulation: its name, NEURON type number, the
 * variables users see, its shared globals, and how to make an instance.
 *
 * @param name the POINT_PROCESS or ARTIFICIAL_CELL name, e.g. {@code AMPA}
 * @param order NEURON's type number, which fixes the call order among mechanisms
 * @param artificial whether it is an ARTIFICIAL_CELL (no location)
 * @param variables what users see on an instance
 * @param globals the values its instances share in this simulation
 * @param ions how it uses ion species
 * @param factory makes an instance
 */
public record PointType(String name, int order, boolean artificial, InstanceVariables variables, Globals globals,
        java.util.List<io.github.neuronkernel.engine.mechanism.IonUse> ions, Factory factory) {

    /** Makes an instance of a loaded point process or artificial cell. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @param type its type
         * @param location where it sits (null for an artificial cell)
         * @param clock the simulation's globals
         * @param events the simulation's events
         * @return a {@link NmodlPointProcess} or an {@link NmodlArtificialCell}
         */
        Object create(PointType type, Segment location, Clock clock, EventSystem events);
    }
}
