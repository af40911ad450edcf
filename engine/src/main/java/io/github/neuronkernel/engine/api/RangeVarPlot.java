package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.SectionInternals;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.shape.PathPoint;
import io.github.neuronkernel.engine.shape.SpaceLine;
import io.github.neuronkernel.engine.shape.SpacePath;
import io.github.neuronkernel.engine.shape.SpacePlotData;
import io.github.neuronkernel.engine.shape.SpacePoint;
import java.util.List;

/**
 * NEURON's {@code RangeVarPlot}, a space plot: a range variable along the path between two
 * locations, against path distance. In a notebook it shows as a line chart; its text says what it
 * shows. Values are read when it is shown or copied, so the same object shows a later moment after
 * a further run.
 *
 * <p>The points are NEURON's: every node on the path (segment centres, and the section ends
 * between them), at distances (um) measured, as NEURON measures them, from the path's node nearest
 * the root, negative towards the beginning. Where the variable does not exist (a mechanism not
 * inserted there) the line is left out, as NEURON leaves it.
 *
 * <pre>{@code
 * var rvp = h.RangeVarPlot("v", dend.at(1), soma.at(0));
 * rvp                                       // as a cell's value: the chart
 * var xs = h.Vector(); var ys = h.Vector();
 * rvp.to_vector(ys, xs);                    // NEURON's order: values first
 * }</pre>
 */
public final class RangeVarPlot {
    private final Simulation h;
    private final String variable;
    private Segment begin;
    private Segment end;
    private String title;
    private int width = 640;
    private int height = 400;

    RangeVarPlot(Simulation h, String variable, Segment begin, Segment end) {
        this.h = h;
        this.variable = Validate.notNull("RangeVarPlot: variable", variable);
        checkVariableExists();
        if (begin != null) {
            begin(begin);
        }
        if (end != null) {
            end(end);
        }
    }

    private void checkVariableExists() {
        IllegalArgumentException first = null;
        for (Section sec : h.model().sections()) {
            try {
                sec.at(0.5).get(variable);
                return;
            } catch (IllegalArgumentException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new IllegalArgumentException("RangeVarPlot: no section has a variable \"" + variable + "\": "
                    + first.getMessage());
        }
    }

    /**
     * Sets where the path begins, NEURON's {@code rvp.begin(seg)}.
     *
     * @param location e.g. {@code dend.at(1)}, in this simulation
     * @return this space plot
     * @throws IllegalArgumentException if the end is set and no path joins the two
     */
    public RangeVarPlot begin(Segment location) {
        Segment previous = begin;
        begin = check("begin", location);
        try {
            path();
        } catch (IllegalArgumentException e) {
            begin = previous;
            throw e;
        }
        return this;
    }

    /**
     * Sets where the path ends, NEURON's {@code rvp.end(seg)}.
     *
     * @param location e.g. {@code axon.at(1)}, in this simulation
     * @return this space plot
     * @throws IllegalArgumentException if the beginning is set and no path joins the two
     */
    public RangeVarPlot end(Segment location) {
        Segment previous = end;
        end = check("end", location);
        try {
            path();
        } catch (IllegalArgumentException e) {
            end = previous;
            throw e;
        }
        return this;
    }

    private Segment check(String what, Segment location) {
        Validate.notNull("RangeVarPlot: " + what, location);
        if (SectionInternals.model(location.sec()) != h.model()) {
            throw new IllegalArgumentException("RangeVarPlot: " + what + " " + location
                    + " belongs to another simulation");
        }
        return location;
    }

    /**
     * @param text the title; null or empty for the default (the variable, the path and the time)
     * @return this space plot
     */
    public RangeVarPlot title(String text) {
        title = text;
        return this;
    }

    /**
     * @param widthPx the chart's width, 100 to 4000 pixels (default 640)
     * @param heightPx its height, 100 to 4000 pixels (default 400)
     * @return this space plot
     */
    public RangeVarPlot size(int widthPx, int heightPx) {
        width = Validate.inRange("RangeVarPlot size: width (pixels)", widthPx, 100, 4000);
        height = Validate.inRange("RangeVarPlot size: height (pixels)", heightPx, 100, 4000);
        return this;
    }

    /**
     * NEURON's {@code rvp.to_vector(y, x)}: copies the values and, into x, the distances (um).
     *
     * @param y receives the values (its contents are replaced)
     * @param x receives the distances (its contents are replaced)
     * @return the number of points
     */
    public int to_vector(Vector y, Vector x) {
        Validate.notNull("to_vector: x", x);
        return copy(Validate.notNull("to_vector: y", y), x);
    }

    /** NEURON's {@code rvp.to_vector(y)}: copies the values only; returns the number of points. */
    public int to_vector(Vector y) {
        return copy(Validate.notNull("to_vector: y", y), null);
    }

    private int copy(Vector y, Vector x) {
        SpacePlotData d = data();
        y.clear();
        if (x != null) {
            x.clear();
        }
        for (int i = 0; i < d.value().length; i++) {
            y.append(d.value()[i]);
            if (x != null) {
                x.append(d.distance()[i]);
            }
        }
        return d.value().length;
    }

    /**
     * @return the points as they are now, with the options; for drawing
     * @throws IllegalStateException if the beginning or the end is not set
     * @throws IllegalArgumentException if the variable exists nowhere on the path
     */
    public SpacePlotData data() {
        List<PathPoint> path = path();
        if (path == null) {
            throw new IllegalStateException("RangeVarPlot(\"" + variable + "\"): the path has no "
                    + (begin == null ? "beginning" : "end") + "; set it with ." + (begin == null ? "begin" : "end")
                    + "(seg), or pass both to h.RangeVarPlot(variable, begin, end)");
        }
        List<SpacePoint> line = SpaceLine.points(path, this::exists);
        if (line.stream().allMatch(p -> p.source() == null)) {
            throw new IllegalArgumentException("RangeVarPlot: \"" + variable + "\" does not exist along the path from "
                    + begin + " to " + end + " (a mechanism not inserted there?)");
        }
        double[] xs = new double[line.size()];
        double[] ys = new double[line.size()];
        String unit = "";
        for (int i = 0; i < xs.length; i++) {
            SpacePoint p = line.get(i);
            xs[i] = p.distance();
            ys[i] = p.source() == null ? 0 : p.source().get(variable);
            if (unit.isEmpty() && p.source() != null) {
                unit = p.source().ref(variable).unit();
            }
        }
        return new SpacePlotData(titleText(), width, height, variable, unit, begin.toString(), end.toString(), xs, ys);
    }

    private List<PathPoint> path() {
        return begin == null || end == null ? null : SpacePath.between(begin, end);
    }

    /** NEURON's test: v exists at every node, anything else at segment centres that have it. */
    private boolean exists(PathPoint p) {
        if (variable.equals("v")) {
            return true;
        }
        return p.node() != null && has(p.node()) && has(p.section().at(p.x()));
    }

    private boolean has(Segment seg) {
        try {
            seg.get(variable);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String titleText() {
        if (title != null && !title.isEmpty()) {
            return title;
        }
        return variable + " from " + begin + " to " + end + " at t = " + CFormat.g(h.t) + " ms";
    }

    /** @return what the chart shows, in words: the variable, the path, its length and the values' range */
    @Override
    public String toString() {
        if (begin == null || end == null) {
            return "RangeVarPlot(\"" + variable + "\") without " + (begin == null ? "a beginning" : "an end");
        }
        SpacePlotData d = data();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : d.value()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        String u = d.unit().isEmpty() ? "" : " " + d.unit();
        double[] x = d.distance();
        return "RangeVarPlot \"" + d.title() + "\": " + x.length + " points, distance " + CFormat.g(x[0]) + " to "
                + CFormat.g(x[x.length - 1]) + " um, " + variable + " from " + CFormat.g(lo) + " to "
                + CFormat.g(hi) + u;
    }
}
