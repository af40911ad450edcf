package io.github.neuronkernel.engine.shape;

import io.github.neuronkernel.engine.model.Model;
import io.github.neuronkernel.engine.model.Segment;

/** NEURON's {@code distance(from, to)}: the path length between two locations' nodes ({@link NeuronNodes#topolDistance}). */
public final class PathLength {
    /** What NEURON returns for two nodes in different trees (um). */
    public static final double UNCONNECTED = 1e20;

    private PathLength() {}

    /**
     * @return the path length (um) between the nodes of {@code a} and {@code b} (a segment's
     *     centre, or a section end), or {@link #UNCONNECTED} if no path joins them
     */
    public static double between(Model model, Segment a, Segment b) {
        NeuronNodes nodes = new NeuronNodes(model);
        return nodes.topolDistance(a.sec(), nodes.nodeExact(a.sec(), a.x), b.sec(), nodes.nodeExact(b.sec(), b.x))
                .distance();
    }
}
