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
    private java.util.function.Consumer<Section> deletionListener = s -> { };

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
        return newSection(name, null);
    }

    /**
     * Creates a root section owned by a cell object; its name is {@code owner + "." + name}, as
     * NEURON names a section created with {@code h.Section(name=..., cell=owner)}.
     *
     * @param owner the cell object, or null
     */
    public Section newSection(String name, Object owner) {
        Validate.notNull("section name", name);
        Section section = new Section(this, name, owner);
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

    /**
     * @param name a section name as {@link Section#name()} gives it
     * @return the section of that name
     * @throws IllegalArgumentException if there is none, or more than one, naming similar sections
     */
    public Section section(String name) {
        Validate.notNull("section name", name);
        List<Section> found = sections.stream().filter(s -> s.name().equals(name)).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException(found.size() + " sections are named \"" + name
                    + "\": h.section needs a unique name (h.allsec() lists them all)");
        }
        List<String> names = sections.stream().map(Section::name).toList();
        List<String> near = names.stream().filter(n -> n.startsWith(name) || name.startsWith(n.replaceAll("\\[.*", "")))
                .limit(8).toList();
        throw new IllegalArgumentException("no section named \"" + name + "\": "
                + (sections.isEmpty() ? "there are no sections"
                        : near.isEmpty() ? "there are " + names.size() + " sections, e.g. "
                                + String.join(", ", names.subList(0, Math.min(5, names.size())))
                        : "similar names are " + String.join(", ", near)));
    }

    /** Sets who is told when a section is deleted (the simulation, which drops what is placed on it). */
    public void onDelete(java.util.function.Consumer<Section> listener) {
        deletionListener = Validate.notNull("deletion listener", listener);
    }

    void delete(Section section) {
        for (Section child : new ArrayList<>(section.rawChildren())) {
            child.unlink();
        }
        section.unlink();
        sections.remove(section);
        section.markDeleted();
        deletionListener.accept(section);
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
