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
    private final Object owner; // the cell object this section belongs to, or null
    private boolean deleted;
    private final Model model;
    private final Geometry geometry = new Geometry();
    private final Points3d points = new Points3d();
    // the field values last applied, to see which fields the user changed since
    private double appliedL = Double.NaN;
    private double appliedDiam = Double.NaN;
    private double appliedCm = Double.NaN;
    private float[] logicalConnection; // NEURON's pt3dstyle(1, x, y, z) point, or null
    private final Set<String> mechanisms = new LinkedHashSet<>();
    private final List<Section> children = new ArrayList<>();
    private Section parent;
    private double parentX;
    private boolean reversed;
    private long connectSerial;

    Section(Model model, String name, Object owner) {
        this.model = model;
        this.name = name;
        this.owner = owner;
        applyFields();
    }

    /**
     * @return the section's name: as given to {@code h.Section(name)}, or, for a section owned by
     *     a cell object, NEURON's {@code owner.name} with the owner's present {@code toString()},
     *     e.g. {@code BallAndStick[0].soma}
     */
    public String name() {
        return owner == null ? name : owner + "." + name;
    }

    /** @return the object owning this section (NEURON's {@code sec.cell()}), or null */
    public Object cell() {
        return owner;
    }

    /** @return the model this section belongs to (not API: {@link SectionInternals#model}) */
    Model model() {
        return model;
    }

    /**
     * @param x the normalised position, 0 (the 0 end) to 1 (the 1 end)
     * @return the segment at x, NEURON's {@code sec(x)}
     * @throws IllegalArgumentException if x is outside [0, 1]
     */
    public Segment at(double x) {
        alive();
        Validate.inRange(name() + "(x): x", x, 0, 1, "");
        return new Segment(this, x);
    }

    /** Iterates over the segment centres {@code (j + 0.5) / nseg}, as NEURON's {@code for seg in sec}. */
    @Override
    public Iterator<Segment> iterator() {
        alive();
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
        alive();
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
            model.access().uninserted(this, mechanism);
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
        Validate.notNull("variable name", variable);
        alive();
        if (isGeometryVariable(variable)) {
            for (Segment seg : this) {
                seg.set(variable, value);
            }
        } else {
            model.access().setEverywhere(this, variable, value);
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
        alive();
        parent.sec().alive();
        if (childEnd != 0 && childEnd != 1) {
            throw new IllegalArgumentException(name() + ".connect: childEnd = " + Validate.num(childEnd)
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

    /** @return the segment of the parent this section attaches to, NEURON's {@code parentseg()}, or null for a root */
    public Segment parentseg() {
        return parent == null ? null : new Segment(parent, parentX);
    }

    /**
     * @return this section and every section below it, depth first, children in NEURON's sibling
     *     order, NEURON's {@code subtree()}
     */
    public List<Section> subtree() {
        alive();
        List<Section> out = new ArrayList<>();
        addSubtree(this, out);
        return out;
    }

    /** @return every section of this section's tree, from its root, as {@link #subtree()} lists them */
    public List<Section> wholetree() {
        Section root = this;
        while (root.parent != null) {
            root = root.parent;
        }
        return root.subtree();
    }

    private static void addSubtree(Section s, List<Section> out) {
        out.add(s);
        for (Section c : s.children()) {
            addSubtree(c, out);
        }
    }

    /**
     * Deletes this section, NEURON's {@code h.delete_section(sec=...)}: its children become roots,
     * point processes on it are removed, and using it again, or anything that records from it,
     * fails with a message saying it was deleted.
     */
    public void delete() {
        alive();
        model.delete(this);
    }

    /** @return whether {@link #delete()} was called */
    public boolean isDeleted() {
        return deleted;
    }

    void markDeleted() {
        deleted = true;
    }

    /** @throws IllegalStateException if this section was deleted */
    void alive() {
        if (deleted) {
            throw new IllegalStateException("section " + name() + " was deleted: it can no longer be used");
        }
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

    /** The geometry as last validated and applied, per arc segment (not API: {@link SectionInternals#geometry}). */
    Geometry geometry() {
        alive();
        applyPendingChanges();
        return geometry;
    }

    /**
     * Appends a 3-D point, NEURON's {@code pt3dadd}. Once a section has two or more points, its
     * length is the arc length through them and each segment's area, diameter and axial
     * resistance come from the frusta between them; the values are stored as 32-bit floats, as
     * NEURON stores them.
     *
     * @param x position (um)
     * @param y position (um)
     * @param z position (um)
     * @param diam diameter (um) at this point, 0 or more
     * @return this section
     * @throws IllegalArgumentException if a value is not finite or the diameter is negative
     */
    public Section pt3dadd(double x, double y, double z, double diam) {
        return insertPoint("pt3dadd", points.count(), x, y, z, diam);
    }

    /**
     * Appends many 3-D points at once, NEURON's {@code pt3dadd(xvec, yvec, zvec, dvec)}; the
     * geometry is computed once, after the last.
     *
     * @param x positions (um)
     * @param y positions (um), as many as x
     * @param z positions (um), as many as x
     * @param diam diameters (um), as many as x, each 0 or more
     * @throws IllegalArgumentException if the lengths differ or a value is bad (nothing is added)
     */
    public Section pt3dadd(double[] x, double[] y, double[] z, double[] diam) {
        alive();
        Validate.notNull("x", x);
        if (y.length != x.length || z.length != x.length || diam.length != x.length) {
            throw new IllegalArgumentException(name() + ".pt3dadd: x, y, z and diam have " + x.length + ", "
                    + y.length + ", " + z.length + " and " + diam.length + " values: they must have as many");
        }
        for (int i = 0; i < x.length; i++) {
            checkPoint("pt3dadd: point " + i, x[i], y[i], z[i], diam[i]);
        }
        applyPendingChanges();
        for (int i = 0; i < x.length; i++) {
            points.add(x[i], y[i], z[i], diam[i]);
        }
        return pointsChanged();
    }

    /**
     * Inserts a 3-D point before point i, NEURON's {@code pt3dinsert}.
     *
     * @param i 0 to n3d()
     */
    public Section pt3dinsert(int i, double x, double y, double z, double diam) {
        return insertPoint("pt3dinsert", i, x, y, z, diam);
    }

    private Section insertPoint(String what, int i, double x, double y, double z, double diam) {
        alive();
        checkPoint(what, x, y, z, diam);
        pointIndex(what, i, points.count());
        applyPendingChanges();
        points.insert(i, x, y, z, diam);
        return pointsChanged();
    }

    /**
     * Replaces point i, NEURON's {@code pt3dchange(i, x, y, z, diam)}.
     *
     * @param i 0 to n3d() - 1
     */
    public Section pt3dchange(int i, double x, double y, double z, double diam) {
        checkPoint("pt3dchange", x, y, z, diam);
        pointIndex("pt3dchange", i, points.count() - 1);
        applyPendingChanges();
        points.set(i, x, y, z, diam);
        return pointsChanged();
    }

    /**
     * Changes the diameter (um) of point i, NEURON's {@code pt3dchange(i, diam)}.
     *
     * @param i 0 to n3d() - 1
     */
    public Section pt3dchange(int i, double diam) {
        checkPoint("pt3dchange", 0, 0, 0, diam);
        pointIndex("pt3dchange", i, points.count() - 1);
        applyPendingChanges();
        points.setDiameter(i, diam);
        return pointsChanged();
    }

    /**
     * Removes point i, NEURON's {@code pt3dremove}.
     *
     * @param i 0 to n3d() - 1
     */
    public Section pt3dremove(int i) {
        pointIndex("pt3dremove", i, points.count() - 1);
        applyPendingChanges();
        points.remove(i);
        return pointsChanged();
    }

    /**
     * Removes every 3-D point, NEURON's {@code pt3dclear}: the section keeps its present L and
     * segment diameters, as cylinders.
     */
    public Section pt3dclear() {
        applyPendingChanges();
        points.clear();
        model.structureChanged(); // NEURON keeps the areas from the points until the next change
        return this;
    }

    /** @return the number of 3-D points, NEURON's {@code n3d} */
    public int n3d() {
        applyPendingChanges();
        return points.count();
    }

    /** @return x (um) of point i */
    public double x3d(int i) {
        return points.x(point("x3d", i));
    }

    /** @return y (um) of point i */
    public double y3d(int i) {
        return points.y(point("y3d", i));
    }

    /** @return z (um) of point i */
    public double z3d(int i) {
        return points.z(point("z3d", i));
    }

    /** @return the diameter (um) at point i */
    public double diam3d(int i) {
        return Math.abs(points.d(point("diam3d", i)));
    }

    /** @return the arc length (um) from point 0 to point i */
    public double arc3d(int i) {
        return points.arc(point("arc3d", i));
    }

    /**
     * The AC length constant at a frequency, NEURON's {@code lambda_f} (stdlib.hoc): with two or
     * more 3-D points, from the points piece by piece ({@code sum dx/sqrt(d1 + d2)}, so that a
     * tapering section is measured as NEURON measures it); else from {@code diam}. Uses this
     * section's {@code Ra} and {@code cm}.
     *
     * @param frequency the frequency (Hz), positive and finite; NEURON's rule uses 100
     * @return the length constant (um)
     * @throws IllegalArgumentException if the frequency is not positive and finite
     */
    public double lambdaF(double frequency) {
        Validate.positiveFinite(name() + ".lambdaF: frequency", frequency, "Hz");
        return lambdaFUnchecked(frequency);
    }

    /**
     * {@link #lambdaF} for a frequency the caller has checked (not API: {@link
     * SectionInternals#lambdaF}), so that a rule over every section checks it once and builds no
     * message per section.
     */
    double lambdaFUnchecked(double frequency) {
        applyPendingChanges();
        if (points.count() < 2) {
            return 1e5 * Math.sqrt(diam / (4 * Math.PI * frequency * Ra * cm));
        }
        double x1 = points.arc(0); // as arc3d and diam3d give them, without their per-call checks
        double d1 = Math.abs(points.d(0));
        double lam = 0;
        for (int i = 1; i < points.count(); i++) {
            double x2 = points.arc(i);
            double d2 = Math.abs(points.d(i));
            lam += (x2 - x1) / Math.sqrt(d1 + d2);
            x1 = x2;
            d1 = d2;
        }
        lam *= Math.sqrt(2) * 1e-5 * Math.sqrt(4 * Math.PI * frequency * Ra * cm);
        return L / lam;
    }

    /** @return i, after applying pending field changes, if point i exists */
    private int point(String what, int i) {
        applyPendingChanges();
        return pointIndex(what, i, points.count() - 1);
    }

    private Section pointsChanged() {
        recompute();
        model.structureChanged();
        return this;
    }

    private void checkPoint(String what, double x, double y, double z, double d) {
        Validate.finite(name() + "." + what + ": x", x, "um");
        Validate.finite(name() + "." + what + ": y", y, "um");
        Validate.finite(name() + "." + what + ": z", z, "um");
        if (!(d >= 0) || Double.isInfinite(d)) {
            throw new IllegalArgumentException(name() + "." + what + ": diam = " + Validate.num(d)
                    + " um is not allowed: a 3-D point's diameter must be finite and 0 or more");
        }
    }

    private int pointIndex(String what, int i, int max) {
        if (i < 0 || i > max) {
            throw new IllegalArgumentException(name() + "." + what + ": point index " + i + " is not allowed: "
                    + (max < 0 ? name() + " has no 3-D points" : "it must be 0 to " + max));
        }
        return i;
    }

    /**
     * Sets the logical connection point (um), NEURON's {@code pt3dstyle(1, x, y, z)}: define_shape
     * then moves this section by as much as that point moves, instead of moving its first point
     * onto the parent.
     */
    public Section pt3dstyle(double x, double y, double z) {
        Validate.finite(name() + ".pt3dstyle: x", x, "um");
        Validate.finite(name() + ".pt3dstyle: y", y, "um");
        Validate.finite(name() + ".pt3dstyle: z", z, "um");
        logicalConnection = new float[] {(float) x, (float) y, (float) z};
        return this;
    }

    /** @return 1 if a logical connection point is set (see {@link #pt3dstyle(double, double, double)}), else 0 */
    public int pt3dstyle() {
        return logicalConnection == null ? 0 : 1;
    }

    /** Moves the points so that the first (or the logical connection point) is at (x, y, z). */
    void translateTo(float x, float y, float z) {
        float dx;
        float dy;
        float dz;
        if (logicalConnection != null) {
            dx = x - logicalConnection[0];
            dy = y - logicalConnection[1];
            dz = z - logicalConnection[2];
            logicalConnection = new float[] {x, y, z};
        } else {
            dx = x - points.x(0);
            dy = y - points.y(0);
            dz = z - points.z(0);
        }
        points.translate(dx, dy, dz);
    }

    void pointsReplaced() {
        pointsChanged();
    }

    /** Package access to the points, for define_shape. */
    Points3d points() {
        return points;
    }

    /** @return whether {@code name} is a geometry range variable kept by the model (diam, cm) */
    static boolean isGeometryVariable(String name) {
        return name.equals("diam") || name.equals("cm");
    }

    /** @return diam (um) or cm (uF/cm2) of the segment containing x */
    double geometryValue(double x, String variable) {
        Geometry g = geometry();
        int j = segmentIndex(x);
        return variable.equals("diam") ? g.diam(j) : g.cm(j);
    }

    /** Sets diam (um) or cm (uF/cm2) of the segment containing x. */
    void setGeometryValue(double x, String variable, double value) {
        String unit = variable.equals("diam") ? "um" : "uF/cm2";
        Validate.positiveFinite(name() + "(" + Validate.num(x) + ")." + variable, value, unit);
        Geometry g = geometry();
        int j = segmentIndex(x);
        if (variable.equals("diam")) {
            g.setDiam(j, value);
            if (points.count() > 0) {
                diamsToPoints(); // NEURON redraws the 3-D diameters from the segments' diameters
            }
            recompute();
        } else {
            g.setCm(j, value);
        }
        model.structureChanged();
    }

    /**
     * @return the arc index of the segment containing x, NEURON's node_index: for a section
     *     attached by its 1 end, the segment counted from that end
     */
    public int segmentIndex(double x) {
        int n = geometry.nseg();
        int i = Geometry.containing(n, x);
        return reversed ? n - i - 1 : i;
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
            Validate.positiveFinite(name() + ".L", L, "um");
        }
        if (!Validate.isPositiveFinite(diam)) {
            Validate.positiveFinite(name() + ".diam", diam, "um");
        }
        if (!Validate.isPositiveFinite(Ra)) {
            Validate.positiveFinite(name() + ".Ra", Ra, "ohm cm");
        }
        if (!Validate.isPositiveFinite(cm)) {
            Validate.positiveFinite(name() + ".cm", cm, "uF/cm2");
        }
        if (nseg < 1 || nseg > MAX_NSEG) {
            Validate.inRange(name() + ".nseg", nseg, 1, MAX_NSEG);
        }
    }

    /**
     * Applies changed public fields to the per-segment geometry.
     *
     * @return whether anything changed
     */
    boolean applyPendingChanges() {
        validateFields();
        boolean changed = applyFields();
        if (changed) {
            model.structureChanged();
        }
        return changed;
    }

    /**
     * Applies the fields as NEURON applies an assignment: with 3-D points, a new L rescales the
     * points and a new diam is drawn into their diameters, and the geometry comes from the points.
     */
    private boolean applyFields() {
        Geometry g = geometry;
        boolean changed = false;
        if (nseg != g.nseg()) {
            g.resize(nseg, diam, cm);
            changed = true;
        }
        if (Ra != g.ra()) {
            g.setRa(Ra);
            changed = true;
        }
        if (cm != appliedCm) {
            g.fillCm(cm);
            appliedCm = cm;
            changed = true;
        }
        if (points.count() > 0 && L != appliedL) {
            points.scaleTo(L);
            changed = true;
        }
        if (diam != appliedDiam) {
            g.fillDiam(diam);
            appliedDiam = diam;
            if (points.count() > 0) {
                diamsToPoints();
            }
            changed = true;
        }
        if (L != appliedL) {
            changed = true;
        }
        if (changed) {
            recompute();
        }
        return changed;
    }

    /** Recomputes areas and resistances, and shows L and diam as NEURON reports them. */
    private void recompute() {
        Geometry g = geometry;
        if (points.count() > 1) {
            g.computeFromPoints(points);
        } else {
            g.setLength(points.count() == 1 ? 1e-9 : L);
            g.computeCylinders();
        }
        L = appliedL = g.length();
        if (points.count() > 0) {
            diam = appliedDiam = g.diam(segmentIndex(0.5));
        }
    }

    /** NEURON's nrn_diam_change: each 3-D point takes the diameter of the segment it lies in. */
    private void diamsToPoints() {
        double length = points.length();
        for (int i = 0; i < points.count(); i++) {
            double x = Math.min(points.arc(i) / length, 1.0);
            points.setDiameter(i, geometry.diam(segmentIndex(x)));
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
