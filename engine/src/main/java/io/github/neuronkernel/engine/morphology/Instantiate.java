package io.github.neuronkernel.engine.morphology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The common last step of every NEURON 8.2.2 Import3d reader, {@code Import3d_GUI.instantiate}:
 * drops degenerate sections ({@code chk_valid}), names the rest per type, orders them as NEURON
 * creates them and turns their points into what {@code pt3dadd} receives.
 */
final class Instantiate {

    private Instantiate() {
    }

    /**
     * @param source the file, for the morphology and messages
     * @param sections Import3d's section list, in its order (parents before children)
     * @param notices what the reader reported; the removals are added
     * @return the morphology NEURON builds from them
     */
    static Morphology build(String source, List<ImportSection> sections, List<String> notices) {
        List<ImportSection> kept = new ArrayList<>(sections);
        dropDegenerate(kept, notices);
        Map<Integer, Integer> counts = new HashMap<>();
        for (ImportSection sec : kept) {
            sec.index = counts.merge(sec.type, 1, Integer::sum) - 1;
        }
        ImportSection[] created = kept.toArray(new ImportSection[0]);
        Arrays.sort(created, Comparator.<ImportSection>comparingInt(s -> s.type).thenComparingInt(s -> s.index));
        for (int i = 0; i < created.length; i++) {
            created[i].created = i;
        }
        List<MorphologySection> out = new ArrayList<>(created.length);
        for (ImportSection sec : created) {
            out.add(section(sec));
        }
        List<Integer> connectOrder = new ArrayList<>();
        for (ImportSection sec : kept) {
            if (sec.parent != null) {
                connectOrder.add(sec.created);
            }
        }
        return new Morphology(source, out, connectOrder, notices);
    }

    /**
     * Drops non-root sections with one drawn point, or two at the same place, giving their children
     * their parent and attachment (NEURON's {@code chk_valid} and {@code rm0len}).
     */
    private static void dropDegenerate(List<ImportSection> sections, List<String> notices) {
        for (int i = sections.size() - 1; i >= 0; i--) {
            ImportSection sec = sections.get(i);
            if (sec.parent == null) {
                continue;
            }
            int f = sec.wire ? 1 : 0;
            int drawn = sec.size() - f;
            String why;
            if (drawn <= 1) {
                why = "one-point section";
            } else if (drawn == 2 && samePlace(sec, f, f + 1)) {
                why = "two-point section of length 0";
            } else {
                continue;
            }
            notices.add(why + " starting at line " + sec.line + " has been removed");
            sections.remove(i);
            for (int j = i; j < sections.size(); j++) {
                ImportSection c = sections.get(j);
                if (c.parent == sec) {
                    c.parent = sec.parent;
                    c.parentX = sec.parentX;
                }
            }
        }
    }

    /** chk_valid's {@code raw.getcol(a).eq(raw.getcol(b))}: Vector.eq, strict at the boundary. */
    private static boolean samePlace(ImportSection sec, int a, int b) {
        return HocCompare.vectorEq(sec.x[a], sec.x[b]) && HocCompare.vectorEq(sec.y[a], sec.y[b])
                && HocCompare.vectorEq(sec.z[a], sec.z[b]);
    }

    private static MorphologySection section(ImportSection sec) {
        int f = sec.wire ? 1 : 0;
        int m = sec.size() - f;
        double[] x = Arrays.copyOfRange(sec.x, f, f + m);
        double[] y = Arrays.copyOfRange(sec.y, f, f + m);
        double[] z = Arrays.copyOfRange(sec.z, f, f + m);
        double[] diam = Arrays.copyOfRange(sec.d, f, f + m);
        if (m == 1) {
            // a single point is a sphere: a cylinder along x as long as it is wide
            double r = diam[0] / 2;
            x = new double[] {x[0] - r, x[0], x[0] + r};
            y = new double[] {y[0], y[0], y[0]};
            z = new double[] {z[0], z[0], z[0]};
            diam = new double[] {diam[0], diam[0], diam[0]};
        }
        for (double[] a : new double[][] {x, y, z, diam}) {
            for (int i = 0; i < a.length; i++) {
                a[i] = HocText.eightDigits(a[i]);
            }
        }
        double[] logical = sec.wire
                ? new double[] {HocText.eightDigits(sec.x[0]), HocText.eightDigits(sec.y[0]),
                    HocText.eightDigits(sec.z[0])}
                : null;
        int parentIndex = sec.parent == null ? -1 : sec.parent.created;
        double parentX = sec.parent == null ? -1 : sec.parentX;
        return new MorphologySection(typeName(sec.type), sec.index, sec.type, x, y, z, diam,
                parentIndex, parentX, logical, sec.line);
    }

    /** NEURON's section array name for a type. */
    static String typeName(int type) {
        switch (type) {
            case 1:
                return "soma";
            case 2:
                return "axon";
            case 3:
                return "dend";
            case 4:
                return "apic";
            default:
                return type < 0 ? "minus_" + (-type) : "dend_" + type;
        }
    }
}
