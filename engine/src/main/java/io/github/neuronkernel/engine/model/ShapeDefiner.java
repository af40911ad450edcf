package io.github.neuronkernel.engine.model;

import java.util.List;

/**
 * NEURON's {@code define_shape}: gives every section without 3-D points a straight line of points
 * in the x-y plane, and moves every section that has points so that it starts where it attaches
 * to its parent.
 *
 * <p>Sections are visited in tree order, parents first. A root starts at (0, 0, 100 i), i its
 * place in tree order, and points along +x. A child starts at its attachment point, interpolated
 * between its parent's first and last points, and points along its parent's direction (reversed
 * when it attaches in the parent's first half); it turns by 90 degrees when it attaches strictly
 * inside the parent, and siblings attached at the same position fan out over 0.8 rad. The line
 * has a point at each end and at every segment centre, with the segments' diameters, and its last
 * arc is set to L exactly. Coordinates are computed in 32-bit floats where NEURON uses floats, so
 * the points, and the areas that follow from them, have NEURON's bits.
 */
final class ShapeDefiner {
    private static final float ROOT_SPACING = 100f; // um between roots along z

    private ShapeDefiner() {}

    static void define(List<Section> treeOrder) {
        for (int i = 0; i < treeOrder.size(); i++) {
            Section sec = treeOrder.get(i);
            sec.applyPendingChanges();
            place(sec, i);
        }
    }

    private static void place(Section sec, int order) {
        Section parent = sec.parent();
        double arc = sec.parentX();
        float x;
        float y;
        float z;
        float dx;
        float dy;
        if (parent == null) {
            x = 0;
            y = 0;
            z = order * ROOT_SPACING;
            dx = 1;
            dy = 0;
        } else {
            Points3d pp = parent.points();
            int last = pp.count() - 1;
            double arc1 = parent.reversed() ? 1. - arc : arc;
            dx = pp.x(last) - pp.x(0);
            dy = pp.y(last) - pp.y(0);
            if (arc1 < .5) {
                dx = -dx;
                dy = -dy;
            }
            x = (float) (pp.x(last) * arc1 + pp.x(0) * (1 - arc1));
            y = (float) (pp.y(last) * arc1 + pp.y(0) * (1 - arc1));
            z = (float) (pp.z(last) * arc1 + pp.z(0) * (1 - arc1));
        }
        if (sec.points().count() > 0) {
            if (parent != null) {
                sec.translateTo(x, y, z);
            }
            return;
        }
        drawLine(sec, x, y, z, direction(sec, dx, dy));
    }

    /** @return the angle (rad) of the new section's line, as a float like NEURON's */
    private static float direction(Section sec, float dx, float dy) {
        float angle = Math.abs(dy) < 1e-6 && Math.abs(dx) < 1e-6 ? 0f : (float) Math.atan2(dy, dx);
        double arc = sec.parentX();
        if (arc > 0. && arc < 1.) {
            angle = (float) (angle + Math.PI / 2.);
        }
        Section parent = sec.parent();
        if (parent != null) {
            float nch = 0;
            float ich = 0;
            for (Section ch : parent.children()) {
                if (ch == sec) {
                    ich = nch;
                }
                if (arc == ch.parentX()) {
                    ++nch;
                }
            }
            if (nch > 1) {
                angle = (float) (angle + (ich / (nch - 1.) * .8 - .4));
            }
        }
        return angle;
    }

    private static void drawLine(Section sec, float x, float y, float z, float angle) {
        Geometry g = sec.geometry();
        int nseg = g.nseg();
        double len = g.length();
        float x1 = (float) (x + len * (float) Math.cos(angle));
        float y1 = (float) (y + len * (float) Math.sin(angle));
        Points3d p = sec.points();
        p.add(x, y, z, g.diam(0));
        for (int j = 0; j < nseg; j++) {
            double frac = (j + .5) / nseg;
            p.add(x * (1 - frac) + x1 * frac, y * (1 - frac) + y1 * frac, z, g.diam(j));
        }
        p.add(x1, y1, z, g.diam(nseg - 1));
        p.setLastArc(len); // so that rounding in the points cannot change L
        sec.pointsReplaced();
    }
}
