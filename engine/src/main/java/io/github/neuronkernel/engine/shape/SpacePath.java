package io.github.neuronkernel.engine.shape;

import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.SectionInternals;
import io.github.neuronkernel.engine.model.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes a space plot shows between two locations, as NEURON's RangeVarPlot lists them
 * ({@code spaceplt.cpp}, set_x): every node on the unique tree path, segment centres and section
 * ends alike, from the beginning to the end, each with its distance measured from the path's node
 * nearest the root (so the beginning's distance is zero or negative).
 */
public final class SpacePath {
    private SpacePath() {}

    /**
     * @param from where the path begins
     * @param to where it ends
     * @return the nodes from {@code from} to {@code to}
     * @throws IllegalArgumentException if the locations are in different simulations or in
     *     different trees (no path joins them)
     */
    public static List<PathPoint> between(Segment from, Segment to) {
        Validate.notNull("RangeVarPlot: begin", from);
        Validate.notNull("RangeVarPlot: end", to);
        if (SectionInternals.model(from.sec()) != SectionInternals.model(to.sec())) {
            throw new IllegalArgumentException("RangeVarPlot: " + from + " and " + to
                    + " belong to different simulations; both ends must be in the same one");
        }
        SectionInternals.model(from.sec()).applyPendingChanges();
        NeuronNodes nodes = new NeuronNodes(SectionInternals.model(from.sec()));
        Section sec1 = from.sec();
        Section sec2 = to.sec();
        NeuronNodes.Node nd1 = nodes.nodeExact(sec1, (float) from.x()); // NEURON keeps x as a float
        NeuronNodes.Node nd2 = nodes.nodeExact(sec2, (float) to.x());
        NeuronNodes.Common common = nodes.topolDistance(sec1, nd1, sec2, nd2);
        if (common.rootNode() == null) {
            throw new IllegalArgumentException("RangeVarPlot: no path joins " + from + " and " + to
                    + ": they are in different trees (roots " + root(sec1) + " and " + root(sec2)
                    + "); both ends must be in one connected cell");
        }
        double dist = common.distance();
        double d2r = nodes.topolDistance(sec1, nd1, common.rootSection(), common.rootNode()).distance();
        NeuronNodes.Node rootNode = common.rootNode();

        List<PathPoint> path = new ArrayList<>();
        NeuronNodes.Node nd = nd1;
        Section sec = sec1;
        double d = -d2r + nodes.nodeDist(sec, nd);
        while (!nd.equals(rootNode)) {
            double x = nodes.nodeDist(sec, nd);
            path.add(point(nodes, sec, nd, d - x));
            if (x == 0.) {
                sec = NeuronNodes.trueParent(sec);
                d += nodes.nodeDist(sec, nd);
            }
            nd = nodes.parent(nd);
        }
        // at the root node of a cell NEURON names the node's first section (nd->child): the root
        path.add(point(nodes, sec != null ? sec : nd.owner(), nd, 0.));
        int joint = path.size();
        nd = nd2;
        sec = sec2;
        d = dist - d2r - nodes.nodeDist(sec, nd);
        while (!nd.equals(rootNode)) {
            double x = nodes.nodeDist(sec, nd);
            path.add(joint, point(nodes, sec, nd, d + x));
            if (x == 0.) {
                sec = NeuronNodes.trueParent(sec);
                d -= nodes.nodeDist(sec, nd);
            }
            nd = nodes.parent(nd);
        }
        return path;
    }

    private static PathPoint point(NeuronNodes nodes, Section sec, NeuronNodes.Node nd, double len) {
        Segment node = nd.isCentre() ? nd.owner().at(nodes.arcPosition(nd.owner(), nd)) : null;
        return new PathPoint(sec, (float) nodes.arcPosition(sec, nd), (float) len, node);
    }

    private static String root(Section sec) {
        Section s = sec;
        while (s.parent() != null) {
            s = s.parent();
        }
        return s.name();
    }
}
