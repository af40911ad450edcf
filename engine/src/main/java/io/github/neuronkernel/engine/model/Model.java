package io.github.neuronkernel.engine.model;

import io.github.neuronkernel.engine.internal.Validate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * All sections of one simulation and how they connect. Every structural change bumps {@link
 * #version()}, which tells the runtime to discretise again before the next step.
 */
public final class Model {
    private final List<Section> sections = new ArrayList<>();
    private final MechanismNames catalog;
    private final RangeAccess access;
    private long version;
    private long connectSerial;

    /**
     * @param catalog the known mechanism names
     * @param access the simulation's accessor for range variables
     */
    public Model(MechanismNames catalog, RangeAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    /**
     * Creates a root section with NEURON's defaults.
     *
     * @param name the name used in topology, messages and refs
     */
    public Section newSection(String name) {
        Validate.notNull("section name", name);
        Section section = new Section(this, name);
        sections.add(section);
        structureChanged();
        return section;
    }

    /** @return every section, in creation order */
    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    /** @return the sections without a parent, in creation order */
    public List<Section> roots() {
        List<Section> roots = new ArrayList<>();
        for (Section s : sections) {
            if (s.parent() == null) {
                roots.add(s);
            }
        }
        return roots;
    }

    /**
     * @return every section in NEURON's tree order: roots in creation order, then breadth first,
     *     each section's children in NEURON's sibling order
     */
    public List<Section> treeOrder() {
        List<Section> order = new ArrayList<>(roots());
        for (int i = 0; i < order.size(); i++) {
            order.addAll(order.get(i).children());
        }
        return order;
    }

    /**
     * NEURON's {@code define_shape}: lays out sections without 3-D points and moves those with
     * points onto their parents; see {@link ShapeDefiner}.
     */
    public void defineShape() {
        applyPendingChanges();
        ShapeDefiner.define(treeOrder());
        structureChanged();
    }

    /** @return a counter that changes whenever the structure or geometry changes */
    public long version() {
        return version;
    }

    /** Records that the structure changed, so the next step rebuilds the node layout. */
    public void structureChanged() {
        version++;
    }

    MechanismNames catalog() {
        return catalog;
    }

    RangeAccess access() {
        return access;
    }

    /**
     * Validates every section's public fields, then applies them. Nothing is applied if any is
     * invalid, so a mistake leaves the model as it was.
     */
    public void applyPendingChanges() {
        for (Section s : sections) {
            s.validateFields();
        }
        for (Section s : sections) {
            s.applyPendingChanges();
        }
    }

    void connect(Section child, Section parent, double x, boolean reversed) {
        if (parent.model() != this) {
            throw new IllegalArgumentException(child.name() + ".connect(" + parent.name()
                    + "): the parent belongs to another simulation");
        }
        if (parent == child) {
            throw new IllegalArgumentException(child.name() + ".connect(" + parent.name() + "("
                    + Validate.num(x) + ")): a section cannot be connected to itself");
        }
        for (Section up = parent; up != null; up = up.parent()) {
            if (up == child) {
                throw new IllegalArgumentException(child.name() + ".connect(" + parent.name() + "("
                        + Validate.num(x) + ")): this would make a loop, because " + parent.name()
                        + " is already in the subtree of " + child.name());
            }
        }
        child.link(parent, x, reversed, ++connectSerial);
        structureChanged();
    }

    void disconnect(Section child) {
        if (child.parent() != null) {
            child.unlink();
            structureChanged();
        }
    }

    /** @return NEURON's {@code topology()} text: one line per section, children indented */
    public String topology() {
        StringBuilder out = new StringBuilder("\n");
        for (Section root : roots()) {
            out.append('|');
            draw(out, root, 0, '-');
        }
        return out.append('\n').toString();
    }

    private static void draw(StringBuilder out, Section sec, int offset, char first) {
        Geometry g = sec.geometry();
        out.append(" ".repeat(offset)).append(first).append("-".repeat(g.nseg() - 1));
        out.append("|       ").append(sec.name()).append(sec.reversed() ? "(1-0)" : "(0-1)").append('\n');
        List<Section> children = sec.children();
        for (int k = children.size() - 1; k >= 0; k--) {
            Section child = children.get(k);
            out.append(' ');
            draw(out, child, exactNodeIndex(g.nseg(), child.arcParentX()) + offset + 1, '`');
        }
    }

    /** NEURON's node_index_exact: -1 at the 0 end, nseg at the 1 end, else the containing segment. */
    private static int exactNodeIndex(int nseg, double arcX) {
        if (arcX == 0) {
            return -1;
        }
        return arcX == 1 ? nseg : Geometry.containing(nseg, arcX);
    }
}
