package io.github.neuronkernel.engine.morphology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns SWC points into sections the way NEURON 8.2.2's Import3d does ({@code Import3d_SWC_read}
 * then {@code Import3d_GUI.instantiate}).
 *
 * <p>In outline: points are grouped into unbranched runs; a run ends at a point with other than
 * exactly one child, at a point whose child is not the next line of the file, and where the type
 * changes, with chains of soma points kept together where they do not branch. A NeuroMorpho
 * three-point soma becomes a sphere. Each non-root section starts with a copy of its parent point;
 * where it attaches to the soma, and whether the copied point is only a drawing hint (a "wire"),
 * depends on the soma's shape. Degenerate sections are dropped. Sections are then named per type
 * and created type by type. The steps are described where they happen below.
 */
public final class Import3d {
    private static final int SOMA = 1;

    private Import3d() {
    }

    /** A section while being built: raw points are indices into the SWC file. */
    private static final class Raw {
        final int firstOwn;
        final int[] points;
        final double[] diam;
        int type;
        Raw parent;
        double parentX = 1;
        boolean wire;
        String typeName;
        int index;
        int out;

        Raw(int firstOwn, int[] points, double[] diam) {
            this.firstOwn = firstOwn;
            this.points = points;
            this.diam = diam;
        }
    }

    /**
     * Imports the points as NEURON's Import3d does.
     *
     * @param swc validated SWC points (a single tree rooted at point 0)
     * @return the sections, named, ordered and connected as NEURON makes them
     */
    public static Morphology instantiate(SwcFile swc) {
        int n = swc.size();
        int[] parent = new int[n];
        int[] type = new int[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            parent[i] = swc.parentIndex(i);
            type[i] = swc.type(i);
            d[i] = 2 * swc.radius(i);
        }

        // 1. Count children; a child that is not the next line, or of another type, pushes the
        // count past 1, which marks its parent as the end of a run. Kept as NEURON's fractional
        // counts so the tests below give the same answers.
        double[] nchild = new double[n];
        boolean[] toProximal = new boolean[n];
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p < 0) {
                continue;
            }
            nchild[p] += 1;
            if (p != i - 1) {
                nchild[p] += 0.01;
                if (p > 1) {
                    // p begins a non-soma run hanging from a soma point: the branch attaches to
                    // the proximal end of p's section instead of splitting it after one point
                    if (type[p] != SOMA && type[parent[p]] == SOMA) {
                        toProximal[i] = true;
                        nchild[p] = 1;
                    }
                } else if (p == 0 && type[0] != SOMA) {
                    toProximal[i] = true;
                    nchild[p] = 1;
                }
            }
            if (type[p] != type[i]) {
                nchild[p] += 0.01;
            }
        }

        // 2. Soma children of soma points, and the NeuroMorpho three-point soma.
        int[] somaChildren = new int[n];
        int somaPoints = type[0] == SOMA ? 1 : 0;
        for (int i = 1; i < n; i++) {
            if (type[i] == SOMA) {
                somaPoints++;
                int p = parent[i];
                if (p >= 0 && type[p] == SOMA) {
                    somaChildren[p]++;
                }
            }
        }
        boolean sphere3 = somaPoints == 3 && isThreePointSoma(swc, parent, nchild, d);
        if (sphere3) {
            parent[2] = 1; // make the three points one run; only the centre is kept
        }

        // 3. A soma point followed by its own soma child continues the run unless (not being
        // the root) it has several soma children.
        for (int i = 0; i < n - 1; i++) {
            if (type[i] == SOMA && type[i + 1] == SOMA && parent[i + 1] == i
                    && !(i != 0 && somaChildren[i] > 1)) {
                nchild[i] = 1;
            }
        }

        // 4. Runs: each ends at a point whose count is not exactly 1.
        int[] pointSection = new int[n];
        List<Integer> lastPoints = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (nchild[i] != 1) {
                lastPoints.add(i);
            }
        }
        int si = 0;
        for (int i = 1; i < n; i++) {
            if (i > lastPoints.get(si)) {
                si++;
            }
            pointSection[i] = si;
        }

        List<Raw> sections = new ArrayList<>();
        int first = 0;
        for (int k = 0; k < lastPoints.size(); k++) {
            int endExclusive = lastPoints.get(k) + 1;
            sections.add(k == 0
                    ? root(swc, d, sphere3 ? 1 : endExclusive)
                    : child(swc, type, parent, d, somaChildren, sections, pointSection, toProximal,
                            first, endExclusive));
            first = endExclusive;
        }

        List<String> notices = new ArrayList<>();
        dropDegenerate(swc, sections, notices);
        return build(swc, sections, notices);
    }

    private static boolean isThreePointSoma(SwcFile swc, int[] parent, double[] nchild, double[] d) {
        if (parent[1] != 0 || parent[2] != 0 || nchild[1] != 0 || nchild[2] != 0) {
            return false;
        }
        if (d[1] != d[0] || d[2] != d[0]) {
            return false;
        }
        double len = 0;
        for (int i = 1; i <= 2; i++) {
            double dx = swc.x(i) - swc.x(0);
            double dy = swc.y(i) - swc.y(0);
            double dz = swc.z(i) - swc.z(0);
            len += Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
        return Math.abs(len / d[0] - 1) < .01;
    }

    private static Raw root(SwcFile swc, double[] d, int endExclusive) {
        int[] pts = new int[endExclusive];
        double[] diam = new double[endExclusive];
        for (int i = 0; i < endExclusive; i++) {
            pts[i] = i;
            diam[i] = d[i];
        }
        Raw sec = new Raw(0, pts, diam);
        sec.type = swc.type(0);
        return sec;
    }

    private static Raw child(SwcFile swc, int[] type, int[] parent, double[] d, int[] somaChildren,
            List<Raw> sections, int[] pointSection, boolean[] toProximal, int first,
            int endExclusive) {
        int own = endExclusive - first;
        int attach = parent[first];
        int[] pts = new int[own + 1];
        double[] diam = new double[own + 1];
        pts[0] = attach;
        diam[0] = d[attach];
        for (int i = 0; i < own; i++) {
            pts[i + 1] = first + i;
            diam[i + 1] = d[first + i];
        }
        Raw sec = new Raw(first, pts, diam);
        Raw psec = sections.get(pointSection[attach]);
        sec.parent = psec;
        boolean ownIsSoma = type[first] == SOMA;
        boolean parentIsSoma = psec.type == SOMA;
        boolean branchOnSoma = parentIsSoma && !ownIsSoma;
        boolean handled = false;
        if (psec == sections.get(0)) {
            handled = true;
            if (branchOnSoma && psec.points.length == 1) {
                // spherical soma: attach to its middle, drawn with a wire from the centre
                sec.parentX = 0.5;
                if (own > 1) {
                    sec.wire = true;
                }
            } else if (attach == psec.firstOwn) {
                sec.parentX = 0;
                if (!ownIsSoma && somaChildren[attach] > 1) {
                    sec.wire = true;
                }
            } else {
                handled = false;
            }
        }
        if (!handled && parentIsSoma) {
            // last own point of the parent: root sections have no copied parent point
            int lastOfParent = psec.firstOwn + psec.points.length + (psec.firstOwn == 0 ? -1 : -2);
            if (attach < lastOfParent) {
                sec.parentX = 0.5;
                if (branchOnSoma && own > 1) {
                    sec.wire = true;
                }
            } else if (own > 1 && somaChildren[attach] > 1 && !ownIsSoma) {
                sec.wire = true;
            }
        }
        sec.type = type[first];
        if (parentIsSoma && !ownIsSoma) {
            sec.diam[0] = sec.diam[1];
        }
        if (toProximal[first]) {
            sec.parentX = 0;
        }
        return sec;
    }

    /** Drops one-point sections and zero-length two-point sections, reattaching their children. */
    private static void dropDegenerate(SwcFile swc, List<Raw> sections, List<String> notices) {
        for (int i = sections.size() - 1; i >= 0; i--) {
            Raw sec = sections.get(i);
            if (sec.parent == null) {
                continue;
            }
            int f = sec.wire ? 1 : 0;
            int drawn = sec.points.length - f;
            boolean drop;
            if (drawn <= 1) {
                drop = true;
                notices.add("one-point section starting at line " + swc.line(sec.firstOwn)
                        + " has been removed");
            } else if (drawn == 2 && samePlace(swc, sec.points[f], sec.points[f + 1])) {
                drop = true;
                notices.add("two-point section of length 0 starting at line "
                        + swc.line(sec.firstOwn) + " has been removed");
            } else {
                drop = false;
            }
            if (drop) {
                sections.remove(i);
                for (int j = i; j < sections.size(); j++) {
                    Raw c = sections.get(j);
                    if (c.parent == sec) {
                        c.parent = sec.parent;
                        c.parentX = sec.parentX;
                    }
                }
            }
        }
    }

    private static boolean samePlace(SwcFile swc, int a, int b) {
        return swc.x(a) == swc.x(b) && swc.y(a) == swc.y(b) && swc.z(a) == swc.z(b);
    }

    /** Names the sections per type, orders them by creation and fixes their points. */
    private static Morphology build(SwcFile swc, List<Raw> sections, List<String> notices) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (Raw sec : sections) {
            int k = counts.merge(sec.type, 1, Integer::sum);
            sec.index = k - 1;
            sec.typeName = typeName(sec.type);
        }
        Raw[] created = sections.toArray(new Raw[0]);
        Arrays.sort(created, Comparator.<Raw>comparingInt(s -> s.type).thenComparingInt(s -> s.index));
        for (int i = 0; i < created.length; i++) {
            created[i].out = i;
        }
        List<MorphologySection> out = new ArrayList<>(created.length);
        for (Raw sec : created) {
            out.add(section(swc, sec));
        }
        List<Integer> connectOrder = new ArrayList<>();
        for (Raw sec : sections) {
            if (sec.parent != null) {
                connectOrder.add(sec.out);
            }
        }
        return new Morphology(swc.source(), out, connectOrder, notices);
    }

    private static MorphologySection section(SwcFile swc, Raw sec) {
        int f = sec.wire ? 1 : 0;
        int m = sec.points.length - f;
        double[] x = new double[m];
        double[] y = new double[m];
        double[] z = new double[m];
        double[] diam = new double[m];
        for (int i = 0; i < m; i++) {
            int p = sec.points[f + i];
            x[i] = swc.x(p);
            y[i] = swc.y(p);
            z[i] = swc.z(p);
            diam[i] = sec.diam[f + i];
        }
        if (m == 1) {
            // a single point (the root) is a sphere: a cylinder along x as long as it is wide
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
        double[] logical = null;
        if (sec.wire) {
            int p = sec.points[0];
            logical = new double[] {HocText.eightDigits(swc.x(p)), HocText.eightDigits(swc.y(p)),
                HocText.eightDigits(swc.z(p))};
        }
        int parentIndex = sec.parent == null ? -1 : sec.parent.out;
        double parentX = sec.parent == null ? -1 : sec.parentX;
        return new MorphologySection(sec.typeName, sec.index, sec.type, x, y, z, diam, parentIndex,
                parentX, logical, swc.line(sec.firstOwn));
    }

    /** NEURON's section array name for an SWC type. */
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
