package io.github.neuronkernel.engine.event;

/**
 * A cell with no membrane that lives only on events (NEURON's ARTIFICIAL_CELL, e.g. NetStim). It
 * can be a NetCon's source ({@link EventSystem#netEvent}) and target, and send itself events.
 *
 * <p>Users hold this object, so its lifecycle and NET_RECEIVE are protected: the event system, in
 * this package, calls them, and gives NetCons a separate {@link EventTarget} that forwards to them.
 */
public abstract class ArtificialCell {
    int index = -1;
    SpikeSource source;
    /** The event system it was added to, or null. */
    EventSystem owner;
    /** The event system's view of this cell as a NetCon target and receiver of its self-events. */
    final EventTarget target = new Target();

    /** @return its number for self-events ({@link EventSystem#netSendAt}), once the simulation has it */
    protected final int selfIndex() {
        return index;
    }

    /**
     * @return NEURON's type number: at finitialize the cells' INITIAL blocks run type by type in
     *     this order, each type's in creation order
     */
    protected abstract int order();

    /**
     * Checks the public parameter fields; called before finitialize, fadvance and batchRun.
     *
     * @throws IllegalArgumentException naming the field, its value and the allowed range
     */
    protected void validate() {}

    /** INITIAL, run at finitialize after every membrane mechanism's, with t = 0. */
    protected abstract void initialize(EventSystem events);

    /** @see EventTarget#receive(EventSystem, double[], double) */
    protected abstract void receive(EventSystem events, double[] weight, double flag);

    /** @see EventTarget#weightCount() */
    protected int weightCount() {
        return 1;
    }

    /** @see EventTarget#initializesWeights() */
    protected boolean initializesWeights() {
        return false;
    }

    /** @see EventTarget#initializeWeights(EventSystem, double[]) */
    protected void initializeWeights(EventSystem events, double[] weight) {}

    /** Forwards the event system's calls to the cell's protected methods. */
    private final class Target implements EventTarget {
        @Override
        public Object owner() {
            return ArtificialCell.this;
        }

        @Override
        public int weightCount() {
            return ArtificialCell.this.weightCount();
        }

        @Override
        public boolean initializesWeights() {
            return ArtificialCell.this.initializesWeights();
        }

        @Override
        public void initializeWeights(EventSystem events, double[] weight) {
            ArtificialCell.this.initializeWeights(events, weight);
        }

        @Override
        public void receive(EventSystem events, double[] weight, double flag) {
            ArtificialCell.this.receive(events, weight, flag);
        }

        @Override
        public String toString() {
            return ArtificialCell.this.toString();
        }
    }
}
