package io.github.neuronkernel.engine.shape;

import io.github.neuronkernel.engine.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns a space plot's path into the points of its line as NEURON's RangeVarPlot does ({@code
 * spaceplt.cpp}, fill_pointers): a node where the variable does not exist is left out; a single
 * such node is bridged, and the line drops to 0 at the edges of a longer stretch of them.
 */
public final class SpaceLine {
    private SpaceLine() {}

    /**
     * @param path the path's nodes
     * @param exists whether the variable exists at a node
     * @return the line's points, in path order
     */
    public static List<SpacePoint> points(List<PathPoint> path, Predicate<PathPoint> exists) {
        List<SpacePoint> line = new ArrayList<>();
        int n = path.size();
        int noexist = 0; // how many nodes in a row lacked the variable
        Segment value = null; // NEURON's pval: the last node that had it
        for (int i = 0; i < n; i++) {
            PathPoint p = path.get(i);
            if (exists.test(p)) {
                value = p.section().at(p.x());
                if (noexist > 1) {
                    line.add(new SpacePoint(path.get(i - 1).distance(), null));
                    line.add(new SpacePoint(path.get(i - 1).distance(), value));
                }
                if (i == 1 && noexist == 1) {
                    line.add(new SpacePoint(path.get(0).distance(), value));
                }
                line.add(new SpacePoint(p.distance(), value));
                noexist = 0;
            } else {
                if (noexist == 1) {
                    line.add(new SpacePoint(path.get(i - 1).distance(), value));
                    line.add(new SpacePoint(path.get(i - 1).distance(), null));
                }
                if (i == n - 1 && noexist == 0) {
                    line.add(new SpacePoint(p.distance(), value));
                }
                noexist++;
            }
        }
        return line;
    }
}
