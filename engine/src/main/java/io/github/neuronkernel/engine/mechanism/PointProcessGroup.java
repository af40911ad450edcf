package io.github.neuronkernel.engine.mechanism;

import io.github.neuronkernel.engine.state.CableState;

/**
 * All instances of one point-process class, in node order, run as one {@link Mechanism}: the
 * stepper's only way to a point process's lifecycle, which users' objects keep protected.
 */
public final class PointProcessGroup extends Mechanism {
    private final PointProcess[] members;
    private final int order;

    /** @param members instances of one class, sorted by node (several at one node: newest first) */
    public PointProcessGroup(PointProcess[] members) {
        this.members = members;
        this.order = members[0].order();
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public int count() {
        return members.length;
    }

    @Override
    public int nodeOf(int k) {
        return members[k].node();
    }

    @Override
    public void checkTables(CableState s) {
        members[0].checkTables(s); // tables are the type's, as NEURON checks them with the first instance
    }

    @Override
    public void initialize(CableState s) {
        for (PointProcess p : members) {
            p.initialize(s);
        }
    }

    @Override
    public void current(CableState s, int from, int to) {
        for (int k = from; k < to; k++) {
            PointProcess p = members[k];
            p.current(s);
            p.jacobian(s);
        }
    }

    @Override
    public void state(CableState s, int from, int to) {
        for (int k = from; k < to; k++) {
            members[k].state(s);
        }
    }
}
