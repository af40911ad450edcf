package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.model.Section;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An ordered list of sections, NEURON's {@code SectionList}: a section appears at most once.
 *
 * <pre>{@code
 * var basal = h.SectionList();
 * for (var s : h.allsec()) if (s.name().startsWith("dend")) basal.append(s);
 * for (var s : basal) s.insert("pas");
 * }</pre>
 */
public final class SectionList implements Iterable<Section> {
    private final List<Section> sections = new ArrayList<>();

    SectionList() {}

    /** Appends a section if it is not already in the list. */
    public SectionList append(Section section) {
        Validate.notNull("section", section);
        if (!sections.contains(section)) {
            sections.add(section);
        }
        return this;
    }

    /** Appends each section of {@code more} that is not already in the list (a wholetree(), say). */
    public SectionList append(Iterable<Section> more) {
        Validate.notNull("sections", more);
        more.forEach(this::append);
        return this;
    }

    /** Removes a section; returns whether it was there. */
    public boolean remove(Section section) {
        return sections.remove(section);
    }

    /** @return whether the section is in the list */
    public boolean contains(Section section) {
        return sections.contains(section);
    }

    /** @return the number of sections */
    public int size() {
        return sections.size();
    }

    /** Appends {@code section}'s whole tree, NEURON's {@code sl.wholetree(sec=...)}. */
    public SectionList wholetree(Section section) {
        return append(section.wholetree());
    }

    /** Appends {@code section} and everything below it, NEURON's {@code sl.subtree(sec=...)}. */
    public SectionList subtree(Section section) {
        return append(section.subtree());
    }

    /** Appends {@code section}'s children, NEURON's {@code sl.children(sec=...)}. */
    public SectionList children(Section section) {
        return append(section.children());
    }

    /** Iterates in list order, skipping sections deleted since they were appended. */
    @Override
    public Iterator<Section> iterator() {
        sections.removeIf(Section::isDeleted);
        return List.copyOf(sections).iterator();
    }

    @Override
    public String toString() {
        sections.removeIf(Section::isDeleted);
        return "SectionList" + sections;
    }
}
