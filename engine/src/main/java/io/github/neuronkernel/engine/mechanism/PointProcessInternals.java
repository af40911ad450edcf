package io.github.neuronkernel.engine.mechanism;

import io.github.neuronkernel.engine.event.EventTarget;
import io.github.neuronkernel.engine.state.CableState;
import java.util.List;

/**
 * Not API: the engine's access to what a {@link PointProcess} keeps from its users (its placing,
 * checks, description, ions and event target). Point processes keep these protected so that a
 * user's completion list and {@code getMethods()} show only what users call; the engine's other
 * packages reach them here.
 */
public final class PointProcessInternals {
    private PointProcessInternals() {}

    /** Places {@code p} on a node of a new discretisation, whose arrays are {@code state}. */
    public static void place(PointProcess p, int node, double matrixArea, CableState state) {
        p.place(node, matrixArea, state);
    }

    /** @return the node {@code p} acts on, or -1 before discretisation */
    public static int node(PointProcess p) {
        return p.node();
    }

    /**
     * Checks {@code p}'s parameters, before finitialize, fadvance and batchRun.
     *
     * @throws IllegalArgumentException naming the field, its value and the allowed range
     */
    public static void validate(PointProcess p) {
        p.validate();
    }

    /** @return {@code p}'s parameters as NEURON's psection prints them */
    public static String describeParameters(PointProcess p) {
        return p.describeParameters();
    }

    /** @return how {@code p} uses ion species */
    public static List<IonUse> ionUses(PointProcess p) {
        return p.ionUses();
    }

    /** @return NEURON's type number of {@code p}'s mechanism */
    public static int order(PointProcess p) {
        return p.order();
    }

    /** @return what NetCons deliver to {@code p} through, or null if it has no NET_RECEIVE */
    public static EventTarget eventTarget(PointProcess p) {
        return p.eventTarget();
    }
}
