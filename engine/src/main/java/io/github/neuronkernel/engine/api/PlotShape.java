package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.SectionInternals;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.shape.ColorScale;
import io.github.neuronkernel.engine.shape.SegmentPieces;
import io.github.neuronkernel.engine.shape.ShapePicture;
import io.github.neuronkernel.engine.shape.ShapeSegment;
import io.github.neuronkernel.engine.shape.View;
import java.util.ArrayList;
import java.util.List;

/**
 * NEURON's {@code PlotShape}: the cell's morphology seen from one side, each segment drawn as wide
 * as its diameter and coloured by a range variable's present value. In a notebook it shows as a
 * picture with a colour bar and a scale bar; its text says what it shows. Values are read when it
 * is shown, so showing the same object after a run shows the new values.
 *
 * <pre>{@code
 * var ps = h.PlotShape("v").scale(-80, 40);  // colours from -80 to 40 mV
 * ps                                          // as a cell's value: the picture
 * h.PlotShape().view("xz")                    // the bare morphology, seen along y
 * }</pre>
 *
 * <p>Sections without 3-D points get them from {@code h.define_shape()}, which the shape plot
 * calls first, as NEURON's does. A section where the variable does not exist is drawn grey.
 */
public final class PlotShape {
    private static final int MIN_PX = 100;
    private static final int MAX_PX = 4000;

    private final Simulation h;
    private String variable;
    private ColorScale scale;
    private View view = View.XY;
    private String title;
    private int width = 640;
    private int height = 480;
    private double lineWidth;

    PlotShape(Simulation h, String variable) {
        this.h = h;
        h.define_shape();
        if (variable != null) {
            variable(variable);
        }
    }

    /**
     * Colours the segments by a range variable, NEURON's {@code ps.variable("v")}.
     *
     * @param name e.g. {@code "v"} (mV), {@code "m_hh"}, {@code "ina"}; it must exist in at least one
     *     section
     * @return this shape plot
     * @throws IllegalArgumentException if no section has the variable
     */
    public PlotShape variable(String name) {
        Validate.notNull("PlotShape: variable", name);
        String previous = variable;
        variable = name;
        try {
            picture();
        } catch (IllegalArgumentException e) {
            variable = previous;
            throw e;
        }
        return this;
    }

    /**
     * Sets the values the colour map spans, NEURON's {@code ps.scale(lo, hi)}; without it the map
     * spans the values shown.
     *
     * @param lo the value (in the variable's unit) that takes the map's first colour, finite
     * @param hi the value that takes its last colour, finite and greater than lo
     * @return this shape plot
     * @throws IllegalArgumentException unless {@code lo < hi}, both finite
     */
    public PlotShape scale(double lo, double hi) {
        scale = new ColorScale(lo, hi);
        return this;
    }

    /**
     * Chooses the plane the cell is projected on.
     *
     * @param plane {@code "xy"} (the default), {@code "xz"}, {@code "yz"}, {@code "yx"}, {@code
     *     "zx"} or {@code "zy"}: the horizontal axis first
     * @return this shape plot
     */
    public PlotShape view(String plane) {
        view = view.onPlane(plane);
        return this;
    }

    /**
     * Rotates the cell before projecting it: about the x axis, then y, then z, through the origin.
     *
     * @param degX degrees about x
     * @param degY degrees about y
     * @param degZ degrees about z
     * @return this shape plot
     */
    public PlotShape rotate(double degX, double degY, double degZ) {
        view = view.rotated(degX, degY, degZ);
        return this;
    }

    /**
     * @param text the title; null or empty for the default (the variable and the time)
     * @return this shape plot
     */
    public PlotShape title(String text) {
        title = text;
        return this;
    }

    /**
     * @param widthPx the picture's width, 100 to 4000 pixels (default 640)
     * @param heightPx its height, 100 to 4000 pixels (default 480)
     * @return this shape plot
     */
    public PlotShape size(int widthPx, int heightPx) {
        width = Validate.inRange("PlotShape size: width (pixels)", widthPx, MIN_PX, MAX_PX);
        height = Validate.inRange("PlotShape size: height (pixels)", heightPx, MIN_PX, MAX_PX);
        return this;
    }

    /**
     * Draws every segment with one line width instead of its diameter.
     *
     * @param px the width, 0.5 to 50 pixels; 0 draws diameters again (the default)
     * @return this shape plot
     */
    public PlotShape lineWidth(double px) {
        if (px != 0) {
            Validate.inRange("PlotShape lineWidth (pixels; 0 draws diameters)", px, 0.5, 50, "");
        }
        lineWidth = px;
        return this;
    }

    /**
     * @return what the plot shows now: every segment's projected piece, diameter and value, the
     *     colour scale and the options; for drawing
     * @throws IllegalArgumentException if no section has the variable any more
     */
    public ShapePicture picture() {
        List<Section> sections = h.model().treeOrder();
        if (sections.stream().anyMatch(s -> s.n3d() == 0)) {
            h.define_shape(); // sections created since
        }
        List<ShapeSegment> segments = new ArrayList<>();
        List<String> without = new ArrayList<>();
        IllegalArgumentException firstFailure = null;
        String unit = "";
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Section sec : sections) {
            double[][][] pieces = SegmentPieces.of(sec);
            boolean has = true;
            for (int j = 0; j < pieces.length; j++) {
                double centre = (j + 0.5) / pieces.length;
                Segment seg = sec.at(sec.reversed() ? 1 - centre : centre);
                double value = Double.NaN;
                if (variable != null && has) {
                    try {
                        value = seg.get(variable);
                        if (unit.isEmpty()) {
                            unit = seg.ref(variable).unit();
                        }
                        min = Math.min(min, value);
                        max = Math.max(max, value);
                    } catch (IllegalArgumentException e) {
                        has = false;
                        without.add(sec.name());
                        firstFailure = firstFailure == null ? e : firstFailure;
                    }
                }
                segments.add(new ShapeSegment(seg, project(pieces[j], true), project(pieces[j], false),
                        SectionInternals.geometry(sec).diam(j), value));
            }
        }
        if (variable != null && !sections.isEmpty() && without.size() == sections.size()) {
            throw new IllegalArgumentException("PlotShape: no section has a variable \"" + variable + "\": "
                    + firstFailure.getMessage());
        }
        ColorScale colours = variable == null ? null
                : scale != null ? scale : min <= max ? ColorScale.spanning(min, max) : null;
        return new ShapePicture(titleText(), width, height, variable, unit, colours, lineWidth, view,
                List.copyOf(segments), List.copyOf(without));
    }

    private double[] project(double[][] piece, boolean horizontal) {
        double[] out = new double[piece[0].length];
        for (int i = 0; i < out.length; i++) {
            out[i] = horizontal ? view.u(piece[0][i], piece[1][i], piece[2][i])
                    : view.v(piece[0][i], piece[1][i], piece[2][i]);
        }
        return out;
    }

    private String titleText() {
        if (title != null && !title.isEmpty()) {
            return title;
        }
        return variable == null ? "" : variable + " at t = " + CFormat.g(h.t) + " ms";
    }

    /** @return what the picture shows, in words: the variable, its range and scale, the view */
    @Override
    public String toString() {
        ShapePicture p = picture();
        int sections = (int) p.segments().stream().map(s -> s.segment().sec()).distinct().count();
        StringBuilder s = new StringBuilder("PlotShape");
        if (!p.title().isEmpty()) {
            s.append(" \"").append(p.title()).append('"');
        }
        s.append(": ").append(sections).append(sections == 1 ? " section, " : " sections, ")
                .append(p.segments().size()).append(" segments, ").append(p.view());
        if (p.variable() == null) {
            s.append(", morphology only");
        } else {
            String u = p.unit().isEmpty() ? "" : " " + p.unit();
            double[] range = p.valueRange();
            if (range == null) {
                return s.append("; no values of ").append(p.variable()).toString();
            }
            s.append("; ").append(p.variable()).append(" from ").append(CFormat.g(range[0])).append(" to ")
                    .append(CFormat.g(range[1])).append(u).append(", colours from ")
                    .append(CFormat.g(p.scale().lo())).append(" to ").append(CFormat.g(p.scale().hi())).append(u);
            if (!p.sectionsWithout().isEmpty()) {
                s.append("; without ").append(p.variable()).append(" (drawn grey): ")
                        .append(names(p.sectionsWithout()));
            }
        }
        return s.toString();
    }

    /** @return the first ten names, and how many more */
    private static String names(List<String> names) {
        int shown = Math.min(names.size(), 10);
        String list = String.join(", ", names.subList(0, shown));
        return shown < names.size() ? list + " and " + (names.size() - shown) + " more" : list;
    }
}
