package io.github.neuronkernel.engine.model;

import java.util.Arrays;

/**
 * A section's validated geometry: nseg, length, Ra, and diam and cm per segment, indexed along the
 * arc (index 0 is the segment nearest the parent). This is what the discretisation reads; the
 * section's public fields are copied in here when they change.
 */
public final class Geometry {
    private int nseg;
    private double length;
    private double ra;
    private double appliedDiam = Double.NaN;
    private double appliedCm = Double.NaN;
    private double[] diam = new double[0];
    private double[] cm = new double[0];

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

    void setDiam(int j, double value) {
        diam[j] = value;
    }

    void setCm(int j, double value) {
        cm[j] = value;
    }

    /**
     * Copies changed public-field values in. A new nseg maps each new segment to the old segment
     * containing its centre; a new section-wide diam or cm overwrites every segment, as in NEURON.
     *
     * @return whether anything changed
     */
    boolean apply(int newNseg, double newLength, double newRa, double diamField, double cmField) {
        boolean changed = false;
        if (newNseg != nseg) {
            diam = remap(diam, newNseg, diamField);
            cm = remap(cm, newNseg, cmField);
            nseg = newNseg;
            changed = true;
        }
        if (diamField != appliedDiam) {
            Arrays.fill(diam, diamField);
            appliedDiam = diamField;
            changed = true;
        }
        if (cmField != appliedCm) {
            Arrays.fill(cm, cmField);
            appliedCm = cmField;
            changed = true;
        }
        if (newLength != length || newRa != ra) {
            length = newLength;
            ra = newRa;
            changed = true;
        }
        return changed;
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
