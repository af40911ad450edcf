package io.github.neuronkernel.engine.morphology;

import static io.github.neuronkernel.engine.Digits17.g17;

import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-segment geometry table the reference scripts write ({@code swc_cases.py}, {@code
 * asc_cases.py}): section, n3d, L, nseg, true parent, parent x, x, area, ri, 17 digits.
 */
final class GeometryTable {
    static final String HEADER = "section n3d L nseg parent parentx x area ri";

    private GeometryTable() {
    }

    /** @return the header and one line per segment, in the order of {@code sections} */
    static List<String> lines(List<Section> sections) {
        List<String> out = new ArrayList<>(List.of(HEADER));
        for (Section s : sections) {
            Section tp = trueParent(s);
            Segment ps = s.parentseg();
            for (Segment seg : s) {
                out.add(s.name() + " " + s.n3d() + " " + g17(s.L) + " " + s.nseg + " "
                        + (tp == null ? "-" : tp.name()) + " " + (ps == null ? "-1" : g17(ps.x)) + " "
                        + g17(seg.x) + " " + g17(seg.area()) + " " + g17(seg.ri()));
            }
        }
        return out;
    }

    /**
     * The reference scripts' cell ({@code swc_cases.py}, {@code asc_cases.py}): every section with
     * {@code nseg = 1 + 2 * int(L / per)}, Ra 150 ohm cm, cm 1 uF/cm2, then {@link #hhAndPas}.
     *
     * @param per the section length (um) that adds two segments
     * @return {@code sections}
     */
    static List<Section> referenceCell(List<Section> sections, int per) {
        for (Section s : sections) {
            s.nseg = 1 + 2 * (int) (s.L / per);
            s.Ra = 150;
            s.cm = 1;
        }
        hhAndPas(sections);
        return sections;
    }

    /**
     * The mechanisms of the reference scripts' cells ({@code swc_cases.py}, {@code asc_cases.py},
     * {@code ca1_v17.py}): hh in soma and axon sections, pas (g 5e-5 S/cm2, e -65 mV) elsewhere.
     */
    static void hhAndPas(List<Section> sections) {
        for (Section s : sections) {
            if (s.name().startsWith("soma") || s.name().startsWith("axon")) {
                s.insert("hh");
            } else {
                s.insert("pas");
                s.set("g_pas", 5e-5).set("e_pas", -65);
            }
        }
    }

    /** NEURON's SectionRef.trueparent: skips parents this section hangs from at their 0 end. */
    static Section trueParent(Section s) {
        Section p = s.parent();
        while (p != null && p.arc(s.parentX()) == 0 && p.parent() != null) {
            s = p;
            p = p.parent();
        }
        return p;
    }
}
