package io.github.neuronkernel.engine.morphology;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a Neurolucida file's trees to its soma contours and gives the somas their 3-D points, as
 * NEURON 8.2.2's {@code Import3d_Neurolucida3.connect2soma} and {@code Import3d_GUI.instantiate}
 * do.
 *
 * <p>The soma contours move to the front of the section list. Contours in a row whose xy boxes
 * overlap form one soma, a stack. Then each soma in turn takes the trees whose first point lies
 * in its xy box (widened by 0.5 µm for a single contour): a tree joins the soma's middle, drawn
 * from the soma's centre by a wire. A tree in no box joins the nearest soma centre the same way,
 * with a notice. Without a soma contour the trees stay apart, each its own root.
 */
final class SomaContours {
    /** The diameter Import3d gives the soma centre it puts before a tree's first point. */
    private static final double WIRE_DIAMETER = .01;

    /** A soma: its first contour and those stacked on it. */
    private static final class Soma {
        final ImportSection main;
        final List<ImportSection> stack = new ArrayList<>();
        double[] center;

        Soma(ImportSection main) {
            this.main = main;
        }
    }

    private SomaContours() {
    }

    /**
     * @param source the file, for messages
     * @param parsed the reader's sections in file order
     * @param notices receives what NEURON reports
     * @return the sections to instantiate, somas first, with their points, trees joined to them
     * @throws MorphologyException if a soma contour has no extent to put points along
     */
    static List<ImportSection> connect(String source, List<ImportSection> parsed, List<String> notices) {
        List<ImportSection> sections = new ArrayList<>(parsed.size());
        List<ImportSection> roots = new ArrayList<>();
        for (ImportSection s : parsed) {
            if (s.contour) {
                sections.add(s);
            }
        }
        List<Soma> somas = stacks(sections);
        for (ImportSection s : parsed) {
            if (!s.contour) {
                sections.add(s);
                if (s.parent == null) {
                    roots.add(s);
                }
            }
        }
        if (somas.isEmpty()) {
            if (roots.size() > 1) {
                notices.add("no soma contour: the " + roots.size() + " trees are not joined to each other");
            }
            return sections;
        }
        for (Soma soma : somas) {
            takeTreesInBox(soma, roots);
        }
        joinToNearest(somas, roots, notices);
        List<ImportSection> out = new ArrayList<>(sections.size());
        for (ImportSection s : sections) {
            if (!isStacked(s, somas)) {
                out.add(s);
            }
        }
        for (Soma soma : somas) {
            somaPoints(source, soma);
        }
        return out;
    }

    /** Contours in a row whose xy boxes overlap are one soma. */
    private static List<Soma> stacks(List<ImportSection> contours) {
        List<Soma> somas = new ArrayList<>();
        double[] previousBox = null;
        for (ImportSection c : contours) {
            double[] box = box(c);
            if (previousBox != null && overlapInXy(previousBox, box)) {
                somas.get(somas.size() - 1).stack.add(c);
            } else {
                somas.add(new Soma(c));
            }
            previousBox = box;
        }
        return somas;
    }

    private static boolean isStacked(ImportSection s, List<Soma> somas) {
        for (Soma soma : somas) {
            if (soma.stack.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** @return xmin, ymin, zmin, xmax, ymax, zmax */
    private static double[] box(ImportSection c) {
        double[] b = {c.x[0], c.y[0], c.z[0], c.x[0], c.y[0], c.z[0]};
        for (int i = 1; i < c.size(); i++) {
            double[] p = {c.x[i], c.y[i], c.z[i]};
            for (int k = 0; k < 3; k++) {
                b[k] = Math.min(b[k], p[k]);
                b[k + 3] = Math.max(b[k + 3], p[k]);
            }
        }
        return b;
    }

    private static boolean overlapInXy(double[] a, double[] b) {
        for (int i = 0; i < 2; i++) {
            if (HocCompare.greater(a[i], b[3 + i]) || HocCompare.greater(b[i], a[3 + i])) {
                return false;
            }
        }
        return true;
    }

    /** Joins the trees whose first point is in the soma's xy box (tested in 32-bit floats, as NEURON does). */
    private static void takeTreesInBox(Soma soma, List<ImportSection> roots) {
        double[] box = box(soma.main);
        double xmin;
        double xmax;
        double ymin;
        double ymax;
        if (soma.stack.isEmpty()) {
            xmin = box[0] - .5;
            xmax = box[3] + .5;
            ymin = box[1] - .5;
            ymax = box[4] + .5;
            soma.center = ContourGeometry.resample(soma.main.x, soma.main.y, soma.main.z).mean();
        } else {
            for (ImportSection c : soma.stack) {
                double[] b = box(c);
                for (int k = 0; k < 3; k++) {
                    if (HocCompare.greater(box[k], b[k])) {
                        box[k] = b[k];
                    }
                    if (HocCompare.less(box[k + 3], b[k + 3])) {
                        box[k + 3] = b[k + 3];
                    }
                }
            }
            xmin = box[0];
            xmax = box[3];
            ymin = box[1];
            ymax = box[4];
            soma.center = stackCenter(soma);
        }
        for (int i = roots.size() - 1; i >= 0; i--) {
            ImportSection tree = roots.get(i);
            float x = (float) tree.x[0];
            float y = (float) tree.y[0];
            if (x >= (float) xmin && x <= (float) xmax && y >= (float) ymin && y <= (float) ymax) {
                join(tree, soma);
                roots.remove(i);
            }
        }
    }

    private static double[] stackCenter(Soma soma) {
        double[][] centres = new double[soma.stack.size() + 1][];
        centres[0] = ContourGeometry.resample(soma.main.x, soma.main.y, soma.main.z).mean();
        for (int i = 0; i < soma.stack.size(); i++) {
            ImportSection c = soma.stack.get(i);
            centres[i + 1] = ContourGeometry.resample(c.x, c.y, c.z).mean();
        }
        return ContourGeometry.stackCenter(centres);
    }

    /** NEURON joins a tree outside every box to the nearest soma centre, and says so. */
    private static void joinToNearest(List<Soma> somas, List<ImportSection> roots, List<String> notices) {
        int nearest = 0; // kept from one tree to the next, as NEURON's variable is
        for (ImportSection tree : roots) {
            double best = 1e9;
            for (int j = 0; j < somas.size(); j++) {
                double[] c = somas.get(j).center;
                double dx = tree.x[0] - c[0];
                double dy = tree.y[0] - c[1];
                double dz = tree.z[0] - c[2];
                double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
                if (HocCompare.less(d, best)) {
                    nearest = j;
                    best = d;
                }
            }
            notices.add("the tree starting at line " + tree.line + " is outside the soma bounding boxes;"
                    + " it is joined to the centre of the nearest soma by a wire");
            join(tree, somas.get(nearest));
        }
    }

    /** The tree gets the soma centre as a first, undrawn point and hangs from the soma's middle. */
    private static void join(ImportSection tree, Soma soma) {
        tree.parent = soma.main;
        tree.parentX = .5;
        tree.x = prepend(soma.center[0], tree.x);
        tree.y = prepend(soma.center[1], tree.y);
        tree.z = prepend(soma.center[2], tree.z);
        tree.d = prepend(WIRE_DIAMETER, tree.d);
        tree.wire = true;
    }

    private static double[] prepend(double v, double[] a) {
        double[] r = new double[a.length + 1];
        r[0] = v;
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }

    private static void somaPoints(String source, Soma soma) {
        ImportSection main = soma.main;
        double[][] p;
        if (soma.stack.isEmpty()) {
            try {
                p = ContourGeometry.centroid(main.x, main.y, main.z);
            } catch (IllegalArgumentException e) {
                throw new MorphologyException(source + " line " + main.line + ": the soma contour starting"
                        + " here is degenerate (" + e.getMessage() + "); a CellBody contour outlines the"
                        + " soma in the xy plane");
            }
        } else {
            p = new double[4][soma.stack.size() + 1];
            for (int i = 0; i <= soma.stack.size(); i++) {
                ImportSection c = i == 0 ? main : soma.stack.get(i - 1);
                double[] circle = ContourGeometry.circle(c.x, c.y, c.z);
                for (int k = 0; k < 4; k++) {
                    p[k][i] = circle[k];
                }
            }
        }
        main.x = p[0];
        main.y = p[1];
        main.z = p[2];
        main.d = p[3];
    }
}
