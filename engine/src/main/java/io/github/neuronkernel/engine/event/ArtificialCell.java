package io.github.neuronkernel.engine.event;

/**
 * A cell with no membrane that lives only on events (NEURON's ARTIFICIAL_CELL, e.g. NetStim). It
 * can be a NetCon's source ({@link EventSystem#netEvent}) and target, and send itself events.
 */
public abstract class ArtificialCell implements EventTarget {
    int index = -1;
    SpikeSource source;
    /** The event system it was added to, or null. */
    EventSystem owner;

    /** @return its number for self-events ({@link EventSystem#netSendAt}), once the simulation has it */
    protected final int selfIndex() {
        return index;
    }

    /**
     * @return NEURON's type number: at finitialize the cells' INITIAL blocks run type by type in
     *     this order, each type's in creation order
     */
    public abstract int order();

    /** INITIAL, run at finitialize after every membrane mechanism's, with t = 0. */
    public abstract void initialize(EventSystem events);
}
