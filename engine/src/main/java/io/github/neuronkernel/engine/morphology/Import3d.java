package io.github.neuronkernel.engine.morphology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns SWC points into sections the way NEURON 8.2.2's Import3d does ({@code Import3d_SWC_read}
 * then {@code Import3d_GUI.instantiate}).
 *
 * <p>In outline: points are grouped into unbranched runs; a run ends at a point with other than
 * exactly one child, at a point whose child is not the next line of the file, and where the type
 * changes, with chains of soma points kept together where they do not branch. A NeuroMorpho
 * three-point soma becomes a sphere. Each non-root section starts with a copy of its parent point;
 * where it attaches to the soma, and whether the copied point is only a drawing hint (a "wire"),
 * depends on the soma's shape. {@link Instantiate} then drops degenerate sections, names the rest
 * per type and orders them as NEURON creates them. The steps are described where they happen below.
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

        return Instantiate.build(swc.source(), withPoints(swc, sections), new ArrayList<>());
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

    /** The raw sections with their coordinates, for the common instantiate step. */
    private static List<ImportSection> withPoints(SwcFile swc, List<Raw> sections) {
        Map<Raw, ImportSection> made = new HashMap<>();
        List<ImportSection> out = new ArrayList<>(sections.size());
        for (Raw raw : sections) {
            int m = raw.points.length;
            double[] x = new double[m];
            double[] y = new double[m];
            double[] z = new double[m];
            for (int i = 0; i < m; i++) {
                x[i] = swc.x(raw.points[i]);
                y[i] = swc.y(raw.points[i]);
                z[i] = swc.z(raw.points[i]);
            }
            ImportSection sec = new ImportSection(raw.type, swc.line(raw.firstOwn), x, y, z, raw.diam);
            sec.wire = raw.wire;
            sec.parent = raw.parent == null ? null : made.get(raw.parent);
            sec.parentX = raw.parentX;
            made.put(raw, sec);
            out.add(sec);
        }
        return out;
    }
}
