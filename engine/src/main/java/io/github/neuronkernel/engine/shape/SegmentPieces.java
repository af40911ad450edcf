package io.github.neuronkernel.engine.shape;

import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.SectionInternals;

/**
 * Cuts a section's 3-D polyline into its segments' pieces: segment j (in arc order) is the part
 * between arc lengths {@code j/nseg * L} and {@code (j+1)/nseg * L}, with points interpolated at
 * those two arcs and every 3-D point strictly between them.
 */
public final class SegmentPieces {
    private SegmentPieces() {}

    /**
     * @param sec a section with at least one 3-D point
     * @return per segment in arc order, its piece as {x[], y[], z[]} (um), each at least two points
     */
    public static double[][][] of(Section sec) {
        int n = sec.n3d();
        int nseg = SectionInternals.geometry(sec).nseg();
        double total = sec.arc3d(n - 1);
        double[][][] pieces = new double[nseg][][];
        int next = 0; // the first 3-D point not yet passed
        for (int j = 0; j < nseg; j++) {
            double a0 = total * j / nseg;
            double a1 = j == nseg - 1 ? total : total * (j + 1) / nseg;
            while (next < n && sec.arc3d(next) <= a0) {
                next++;
            }
            int inside = 0;
            while (next + inside < n && sec.arc3d(next + inside) < a1) {
                inside++;
            }
            double[][] piece = new double[3][inside + 2];
            at(sec, a0, piece, 0);
            for (int k = 0; k < inside; k++) {
                int i = next + k;
                piece[0][k + 1] = sec.x3d(i);
                piece[1][k + 1] = sec.y3d(i);
                piece[2][k + 1] = sec.z3d(i);
            }
            at(sec, a1, piece, inside + 1);
            pieces[j] = piece;
        }
        return pieces;
    }

    /** Writes the point at arc length {@code arc} (um), interpolated between 3-D points, into column k. */
    static void at(Section sec, double arc, double[][] out, int k) {
        int n = sec.n3d();
        int i = 1;
        while (i < n - 1 && sec.arc3d(i) < arc) {
            i++;
        }
        if (n == 1) {
            out[0][k] = sec.x3d(0);
            out[1][k] = sec.y3d(0);
            out[2][k] = sec.z3d(0);
            return;
        }
        double a = sec.arc3d(i - 1);
        double b = sec.arc3d(i);
        double f = b > a ? Math.min(Math.max((arc - a) / (b - a), 0), 1) : 0;
        out[0][k] = sec.x3d(i - 1) + f * (sec.x3d(i) - sec.x3d(i - 1));
        out[1][k] = sec.y3d(i - 1) + f * (sec.y3d(i) - sec.y3d(i - 1));
        out[2][k] = sec.z3d(i - 1) + f * (sec.z3d(i) - sec.z3d(i - 1));
    }
}
