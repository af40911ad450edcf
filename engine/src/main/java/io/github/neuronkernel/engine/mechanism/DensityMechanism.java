package io.github.neuronkernel.engine.mechanism;

import java.util.Arrays;

/**
 * Run-time instances of one density mechanism over a set of segment nodes, as structure of
 * arrays: {@code values[variable][instance]}. Instance k sits at node {@code node[k]}; instances
 * are in node order.
 */
public abstract class DensityMechanism extends Mechanism {
    /** Describes this mechanism. */
    protected final DensityType type;
    /** Node of each instance. */
    protected final int[] node;
    /** Number of instances. */
    protected final int count;
    /** Values per variable (in {@link DensityType#variables()} order), per instance. */
    protected final double[][] values;

    /**
     * @param type the description
     * @param node the node of each instance, in node order
     */
    protected DensityMechanism(DensityType type, int[] node) {
        this.type = type;
        this.node = node;
        this.count = node.length;
        this.values = new double[type.variables().size()][count];
        for (int v = 0; v < values.length; v++) {
            Arrays.fill(values[v], type.variables().get(v).defaultValue());
        }
    }

    @Override
    public int order() {
        return type.order();
    }

    /** @return the description */
    public DensityType type() {
        return type;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public int nodeOf(int k) {
        return node[k];
    }

    /**
     * Whether instances {@code from .. to-1} (at least one) sit at consecutive nodes, instance k at
     * node {@code k + node[from] - from}, so that a hot loop can compute the node instead of loading
     * it. A density mechanism has at most one instance per node, in increasing node order, so the
     * two ends decide.
     */
    protected final boolean consecutiveNodes(int from, int to) {
        return node[to - 1] - node[from] == to - 1 - from;
    }

    /** @return the value array of variable index {@code variable} (shared, not copied) */
    public double[] column(int variable) {
        return values[variable];
    }
}
