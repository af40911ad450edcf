package io.github.neuronkernel.engine.model;

import io.github.neuronkernel.engine.internal.Validate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unbranched cable, NEURON's {@code Section}. Geometry is set through public fields, as in
 * NEURON; changes take effect at the next {@code finitialize} or {@code fadvance}, where they are
 * validated.
 *
 * <pre>{@code
 * var soma = h.Section("soma");
 * soma.L = 10; soma.diam = 10;          // um
 * soma.insert("hh");
 * var dend = h.Section("dend");
 * dend.connect(soma.at(1));             // dend's 0 end to soma's 1 end
 * }</pre>
 */
public final class Section implements Iterable<Segment> {
    /** Largest nseg NEURON accepts. */
    public static final int MAX_NSEG = 32767;

    /** Length (um), positive and finite; default 100. */
    public double L = 100;
    /** Diameter (um) of every segment when assigned, positive and finite; default 500. */
    public double diam = 500;
    /** Number of segments, 1 to 32767; default 1. */
    public int nseg = 1;
    /** Axial resistivity (ohm cm), positive and finite; default 35.4. */
    public double Ra = 35.4;
    /** Specific membrane capacitance (uF/cm2) of every segment when assigned; default 1. */
    public double cm = 1;

    private final String name;
    private final Model model;
    private final Geometry geometry = new Geometry();
    private final Set<String> mechanisms = new LinkedHashSet<>();
    private final List<Section> children = new ArrayList<>();
    private Section parent;
    private double parentX;
    private boolean reversed;
    private long connectSerial;

    Section(Model model, String name) {
        this.model = model;
        this.name = name;
        geometry.apply(nseg, L, Ra, diam, cm);
    }

    /** @return the section's name as given to {@code h.Section(name)} */
    public String name() {
        return name;
    }

    /** @return the model this section belongs to */
    public Model model() {
        return model;
    }

    /**
     * @param x the normalised position, 0 (the 0 end) to 1 (the 1 end)
     * @return the segment at x, NEURON's {@code sec(x)}
     * @throws IllegalArgumentException if x is outside [0, 1]
     */
    public Segment at(double x) {
        Validate.inRange(name + "(x): x", x, 0, 1, "");
        return new Segment(this, x);
    }

    /** Iterates over the segment centres {@code (j + 0.5) / nseg}, as NEURON's {@code for seg in sec}. */
    @Override
    public Iterator<Segment> iterator() {
        applyPendingChanges();
        int n = nseg;
        return new Iterator<>() {
            private int j;

            @Override
            public boolean hasNext() {
                return j < n;
            }

            @Override
            public Segment next() {
                if (j >= n) {
                    throw new NoSuchElementException();
                }
                return new Segment(Section.this, (j++ + 0.5) / n);
            }
        };
    }

    /**
     * Inserts a density mechanism in every segment.
     *
     * @param mechanism {@code "hh"} or {@code "pas"}
     * @return this section
     * @throws IllegalArgumentException for an unknown mechanism
     */
    public Section insert(String mechanism) {
        model.catalog().requireDensity(mechanism);
        if (mechanisms.add(mechanism)) {
            model.structureChanged();
        }
        return this;
    }

    /** Removes a density mechanism (its values are forgotten). */
    public Section uninsert(String mechanism) {
        model.catalog().requireDensity(mechanism);
        if (mechanisms.remove(mechanism)) {
            model.structureChanged();
        }
        return this;
    }

    /** @return whether the density mechanism is inserted here */
    public boolean has(String mechanism) {
        return mechanisms.contains(mechanism);
    }

    /** @return the inserted density mechanisms, in insertion order */
    public Set<String> mechanisms() {
        return Collections.unmodifiableSet(mechanisms);
    }

    /**
     * Sets a range variable in every segment, e.g. {@code sec.set("gnabar_hh", 0.2)}.
     *
     * @return this section
     */
    public Section set(String variable, double value) {
        for (Segment seg : this) {
            seg.set(variable, value);
        }
        return this;
    }

    /** Attaches this section's 0 end to {@code parent}, NEURON's {@code child.connect(parent(x))}. */
    public Section connect(Segment parent) {
        return connect(parent, 0);
    }

    /**
     * Attaches this section's {@code childEnd} (0 or 1) to {@code parent}.
     *
     * @throws IllegalArgumentException if childEnd is not 0 or 1, or the connection would make a loop
     */
    public Section connect(Segment parent, double childEnd) {
        Validate.notNull("parent segment", parent);
        if (childEnd != 0 && childEnd != 1) {
            throw new IllegalArgumentException(name + ".connect: childEnd = " + Validate.num(childEnd)
                    + " is not allowed: it must be 0 or 1");
        }
        model.connect(this, parent.sec(), parent.x(), childEnd == 1);
        return this;
    }

    /** Attaches this section's 0 end to {@code parent(1)}. */
    public Section connect(Section parent) {
        return connect(parent.at(1), 0);
    }

    /** NEURON's {@code child.connect(parent, parentX, childEnd)}. */
    public Section connect(Section parent, double parentX, double childEnd) {
        return connect(parent.at(parentX), childEnd);
    }

    /** Detaches this section from its parent; it becomes a root. */
    public Section disconnect() {
        model.disconnect(this);
        return this;
    }

    /** @return the parent section, or null for a root */
    public Section parent() {
        return parent;
    }

    /** @return the position on the parent where this section is attached */
    public double parentX() {
        return parentX;
    }

    /** @return whether this section is attached by its 1 end (its arc runs from 1 to 0) */
    public boolean reversed() {
        return reversed;
    }

    /** @return the sections attached to this one, in NEURON's sibling order */
    public List<Section> children() {
        List<Section> sorted = new ArrayList<>(children);
        // increasing position on this section; for equal positions the most recent connection first
        sorted.sort((p, q) -> p.arcParentX() != q.arcParentX()
                ? Double.compare(p.arcParentX(), q.arcParentX())
                : Long.compare(q.connectSerial, p.connectSerial));
        return sorted;
    }

    /** @return the position of x along the arc, from the end nearest the parent */
    public double arc(double x) {
        return reversed ? 1 - x : x;
    }

    /** @return the arc position of this section's attachment on its parent */
    double arcParentX() {
        return parent.arc(parentX);
    }

    /** @return NEURON's psection text: geometry and inserted mechanisms */
    public String psection() {
        return model.access().describe(this);
    }

    /** The geometry as last validated and applied, per arc segment. */
    public Geometry geometry() {
        applyPendingChanges();
        return geometry;
    }

    /** @return whether {@code name} is a geometry range variable kept by the model (diam, cm) */
    static boolean isGeometryVariable(String name) {
        return name.equals("diam") || name.equals("cm");
    }

    /** @return diam (um) or cm (uF/cm2) of the segment containing x */
    double geometryValue(double x, String variable) {
        Geometry g = geometry();
        int j = Geometry.containing(g.nseg(), arc(x));
        return variable.equals("diam") ? g.diam(j) : g.cm(j);
    }

    /** Sets diam (um) or cm (uF/cm2) of the segment containing x. */
    void setGeometryValue(double x, String variable, double value) {
        String unit = variable.equals("diam") ? "um" : "uF/cm2";
        Validate.positiveFinite(name + "(" + Validate.num(x) + ")." + variable, value, unit);
        Geometry g = geometry();
        int j = Geometry.containing(g.nseg(), arc(x));
        if (variable.equals("diam")) {
            g.setDiam(j, value);
        } else {
            g.setCm(j, value);
        }
        model.structureChanged();
    }

    void link(Section newParent, double x, boolean reversedNow, long serial) {
        unlink();
        parent = newParent;
        parentX = x;
        reversed = reversedNow;
        connectSerial = serial;
        newParent.children.add(this);
    }

    void unlink() {
        if (parent != null) {
            parent.children.remove(this);
            parent = null;
            reversed = false;
        }
    }

    List<Section> rawChildren() {
        return children;
    }

    /** Checks the public fields; throws with the section, field, value and range if one is bad. */
    void validateFields() {
        // messages are built only on failure: this runs before every fadvance and batchRun
        if (!Validate.isPositiveFinite(L)) {
            Validate.positiveFinite(name + ".L", L, "um");
        }
        if (!Validate.isPositiveFinite(diam)) {
            Validate.positiveFinite(name + ".diam", diam, "um");
        }
        if (!Validate.isPositiveFinite(Ra)) {
            Validate.positiveFinite(name + ".Ra", Ra, "ohm cm");
        }
        if (!Validate.isPositiveFinite(cm)) {
            Validate.positiveFinite(name + ".cm", cm, "uF/cm2");
        }
        if (nseg < 1 || nseg > MAX_NSEG) {
            Validate.inRange(name + ".nseg", nseg, 1, MAX_NSEG);
        }
    }

    /**
     * Applies changed public fields to the per-segment geometry.
     *
     * @return whether anything changed
     */
    boolean applyPendingChanges() {
        validateFields();
        boolean changed = geometry.apply(nseg, L, Ra, diam, cm);
        if (changed) {
            model.structureChanged();
        }
        return changed;
    }

    @Override
    public String toString() {
        return name;
    }
}
