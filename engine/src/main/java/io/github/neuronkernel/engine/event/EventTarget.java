package io.github.neuronkernel.engine.event;

/**
 * Something a NetCon can deliver to: the event system's view of an object with a NET_RECEIVE block
 * (ExpSyn, Exp2Syn, NetStim, a loaded point process). Users' objects do not implement it
 * themselves, so that these methods stay off their completion lists: each hands the event system
 * a small object that does, and {@link #owner()} leads back to it.
 */
public interface EventTarget {
    /** @return the object users hold (the synapse, the cell), which names this target in messages */
    default Object owner() {
        return this;
    }

    /** @return how many weights a NetCon to this target carries (NET_RECEIVE's arguments) */
    default int weightCount() {
        return 1;
    }

    /**
     * @return whether NET_RECEIVE has an INITIAL block, which sets a NetCon's weights at every
     *     finitialize (else NEURON zeroes weights 1 and up)
     */
    default boolean initializesWeights() {
        return false;
    }

    /** NET_RECEIVE's INITIAL block for one NetCon's weights, at finitialize (t = 0). */
    default void initializeWeights(EventSystem events, double[] weight) {}

    /**
     * NET_RECEIVE, at the event's time ({@link EventSystem#t()}).
     *
     * @param events the event system, for the time and for sending events
     * @param weight the NetCon's weights (empty for self-events)
     * @param flag 0 for NetCon events, the flag given to {@code net_send} for self-events
     */
    void receive(EventSystem events, double[] weight, double flag);
}
