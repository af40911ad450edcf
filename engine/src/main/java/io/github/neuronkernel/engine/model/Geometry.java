package io.github.neuronkernel.engine.model;

import java.util.Arrays;

/**
 * A section's validated geometry: nseg, length, Ra, diam and cm per segment, and the membrane area
 * and axial conductance per node, indexed along the arc (index 0 is the segment nearest the
 * parent; index nseg is the far end). This is what the discretisation reads; the section's public
 * fields and 3-D points are applied to it when they change.
 *
 * <p>Areas and resistances follow NEURON's {@code nrn_area_ri}: right circular cylinders from
 * diam and L, or, for a section with 3-D points, {@link FrustumIntegral}.
 */
public final class Geometry {
    /** NEURON's PI. */
    static final double PI = 3.14159265358979323846;
    /** Area (um2) NEURON gives a section's far-end node: the matrix row there is in nA. */
    private static final double END_NODE_AREA = 1.e2;

    private int nseg;
    private double length;
    private double ra;
    private double[] diam = new double[0];
    private double[] cm = new double[0];
    private double[] area = new double[1];
    private double[] rinv = new double[1];

    /** @return the number of segments */
    public int nseg() {
        return nseg;
    }

    /** @return the length (um) */
    public double length() {
        return length;
    }

    /** @return the axial resistivity (ohm cm) */
    public double ra() {
        return ra;
    }

    /** @return the diameter (um) of arc segment j */
    public double diam(int j) {
        return diam[j];
    }

    /** @return the specific capacitance (uF/cm2) of arc segment j */
    public double cm(int j) {
        return cm[j];
    }

    /** @return the membrane area (um2) of arc node j; 100 at the far end (j = nseg) */
    public double area(int j) {
        return area[j];
    }

    /** @return the axial conductance (uS) from arc node j to the node before it */
    public double rinv(int j) {
        return rinv[j];
    }

    void setDiam(int j, double value) {
        diam[j] = value;
    }

    void setCm(int j, double value) {
        cm[j] = value;
    }

    void fillDiam(double value) {
        Arrays.fill(diam, value);
    }

    void fillCm(double value) {
        Arrays.fill(cm, value);
    }

    void setLength(double value) {
        length = value;
    }

    void setRa(double value) {
        ra = value;
    }

    /**
     * Changes nseg: each new segment takes diam and cm from the old segment containing its centre,
     * or the given values when there were none.
     */
    void resize(int newNseg, double diamFill, double cmFill) {
        diam = remap(diam, newNseg, diamFill);
        cm = remap(cm, newNseg, cmFill);
        nseg = newNseg;
        area = new double[newNseg + 1];
        rinv = new double[newNseg + 1];
    }

    /** Computes areas and conductances for right circular cylinders of the segments' diameters. */
    void computeCylinders() {
        double dx = length / nseg;
        double rright = 0.;
        for (int j = 0; j < nseg; j++) {
            double d = diam[j];
            area[j] = PI * d * dx;
            double rleft = 1e-2 * ra * (dx / 2) / (PI * d * d / 4.); // MOhm, left half segment
            rinv[j] = 1. / (rleft + rright);
            rright = rleft;
        }
        area[nseg] = END_NODE_AREA;
        rinv[nseg] = 1. / rright;
    }

    /** Computes diameters, areas and conductances from the 3-D points, NEURON's diam_from_list. */
    void computeFromPoints(Points3d points) {
        length = Math.max(points.length(), 1e-9);
        double rright = new FrustumIntegral(points, nseg, ra).fill(diam, area, rinv);
        area[nseg] = END_NODE_AREA;
        rinv[nseg] = 1. / rright;
    }

    private static double[] remap(double[] old, int newNseg, double fill) {
        double[] next = new double[newNseg];
        for (int j = 0; j < newNseg; j++) {
            next[j] = old.length == 0 ? fill : old[containing(old.length, (j + 0.5) / newNseg)];
        }
        return next;
    }

    /** @return the index of the segment containing arc position x, NEURON's node_index rule */
    public static int containing(int nseg, double x) {
        int i = (int) (nseg * x);
        return i >= nseg ? nseg - 1 : i;
    }
}
