package io.github.neuronkernel.engine.morphology;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A neuron morphology as NEURON 8.2.2's Import3d instantiates it ({@code Import3d_SWC_read} or
 * {@code Import3d_Neurolucida3}, then {@code Import3d_GUI(r, 0).instantiate(None)}): immutable,
 * independent of the simulator.
 *
 * <p>{@link #sections()} is in NEURON's creation order, which is the order {@code h.allsec()}
 * yields: by type number ascending, and within a type by index. So {@code minus_2} (type -2) and
 * {@code dend_0} (type 0: SWC's undefined type, or a Neurolucida tree of no known type) come before
 * soma (1), axon (2), dend (3), apic (4), and {@code dend_5} and the other higher types after them.
 * Building the cell means creating the sections in that order, then, for each index {@code c} of
 * {@link #connectOrder()} in turn, {@code connect} section {@code c}'s end {@link
 * MorphologySection#childEnd()} to its parent at {@link MorphologySection#parentX()}, and adding
 * its 3-D points. The connect order matters for numerics: NEURON lists the children attached at
 * one position most recent first.
 */
public final class Morphology {
    private final String source;
    private final List<MorphologySection> sections;
    private final List<Integer> connectOrder;
    private final List<String> notices;
    private final Map<String, Integer> byName = new HashMap<>();

    Morphology(String source, List<MorphologySection> sections, List<Integer> connectOrder,
            List<String> notices) {
        this.source = source;
        this.sections = List.copyOf(sections);
        this.connectOrder = List.copyOf(connectOrder);
        this.notices = List.copyOf(notices);
        for (int i = 0; i < sections.size(); i++) {
            byName.put(sections.get(i).name(), i);
        }
    }

    /**
     * Reads an SWC file and imports it as NEURON's Import3d does.
     *
     * @param swc the SWC file
     * @return the morphology
     * @throws MorphologyException if the file cannot be read or is invalid
     */
    public static Morphology read(Path swc) {
        return Import3d.instantiate(SwcReader.read(swc));
    }

    /**
     * Reads a Neurolucida ASCII file ({@code .asc}) and imports it as NEURON's Import3d does
     * ({@code Import3d_Neurolucida3}): soma contours become a line of points along their principal
     * axis, trees hang from the soma they start in.
     *
     * @param asc the Neurolucida file
     * @return the morphology
     * @throws MorphologyException if the file cannot be read or is invalid
     */
    public static Morphology readNeurolucida(Path asc) {
        return NeurolucidaReader.read(asc);
    }

    /**
     * Imports already parsed SWC points as NEURON's Import3d does.
     *
     * @param swc the points
     * @return the morphology
     */
    public static Morphology of(SwcFile swc) {
        return Import3d.instantiate(swc);
    }

    /** @return the file the morphology came from, as given */
    public String source() {
        return source;
    }

    /** @return the sections in NEURON's creation ({@code h.allsec()}) order */
    public List<MorphologySection> sections() {
        return sections;
    }

    /** @return the section called {@code name} (e.g. {@code "dend[3]"}) */
    public MorphologySection section(String name) {
        Integer i = byName.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no section " + name + " in " + source
                    + "; it has " + sections.size() + " sections, " + sections.get(0).name()
                    + " to " + sections.get(sections.size() - 1).name());
        }
        return sections.get(i);
    }

    /** @return the index of the section called {@code name}, or -1 */
    public int indexOf(String name) {
        return byName.getOrDefault(name, -1);
    }

    /**
     * @return the indices (into {@link #sections()}) of every section that has a parent (every
     *     section but the roots, of which there may be several), in the order Import3d calls {@code
     *     connect} on them
     */
    public List<Integer> connectOrder() {
        return connectOrder;
    }

    /**
     * @return what Import3d reported while importing, e.g. removed zero-length sections (empty
     *     for most files)
     */
    public List<String> notices() {
        return notices;
    }
}
