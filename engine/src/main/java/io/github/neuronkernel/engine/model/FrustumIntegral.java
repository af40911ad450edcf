package io.github.neuronkernel.engine.model;

/**
 * Integrates a section's 3-D points over its segments as NEURON 8.2 does ({@code diam_from_list}
 * in treeset.cpp), so that areas and resistances agree to the last bit.
 *
 * <p>The diameter is piecewise linear in arc length between points. Each segment of length
 * {@code ds = arc(last)/nseg} is split into two halves; over each piece between break points (the
 * 3-D points and the half-segment boundaries) with arc length {@code delta} and end diameters
 * {@code d1, d2}:
 * <ul>
 *   <li>the mean diameter accumulates {@code (d1 + d2) delta}, halved and divided by ds at the end;
 *   <li>the lateral area of the frustum accumulates {@code (d1 + d2) sqrt(delta^2 + ((d2 - d1)/2)^2)},
 *       times pi/2 at the end;
 *   <li>the axial resistance of each half accumulates {@code delta / (d1 d2)}, times
 *       {@code 4 Ra / pi} (with 0.01 for MOhm) at the end.
 * </ul>
 * Node j's conductance is the inverse of the right half of segment j-1 plus the left half of j.
 * Diameters are taken as absolute values (NEURON marks spines with a negative diameter).
 */
final class FrustumIntegral {
    private final Points3d points;
    private final int nseg;
    private final double ra;
    private final double ds;
    // the integration's position: the current point index and the last break point (arc, diameter)
    private int j;
    private double x1;
    private double y1;

    FrustumIntegral(Points3d points, int nseg, double ra) {
        this.points = points;
        this.nseg = nseg;
        this.ra = ra;
        this.ds = points.arc(points.count() - 1) / nseg;
        this.x1 = points.arc(0);
        this.y1 = Math.abs(points.d(0));
    }

    /**
     * Fills diam (um, kept where within 1e-9 of the new mean, as NEURON keeps it), area (um2) and
     * rinv (uS) for segments 0 .. nseg-1.
     *
     * @return the right half resistance (MOhm) of the last segment
     */
    double fill(double[] diam, double[] area, double[] rinv) {
        double rparent = 0;
        for (int inode = 0; inode < nseg; inode++) {
            double si = inode * ds;
            double diamSum = 0;
            double areaSum = 0;
            double rleft = 0;
            double rright = 0;
            for (int half = 0; half < 2; half++) {
                double sip = si + ds / 2.;
                double ri = 0;
                for (;;) {
                    int jp = j + 1;
                    double xj = points.arc(j);
                    double xjp = points.arc(jp);
                    double x2;
                    double y2;
                    int jnext;
                    if (xjp > sip || jp == points.count() - 1) {
                        double frac = Math.abs(xjp - xj) < 1e-10 ? 1 : (sip - xj) / (xjp - xj);
                        x2 = sip;
                        y2 = (1. - frac) * Math.abs(points.d(j)) + frac * Math.abs(points.d(jp));
                        jnext = j;
                    } else {
                        x2 = xjp;
                        y2 = Math.abs(points.d(jp));
                        jnext = jp;
                    }
                    double delta = x2 - x1;
                    diamSum += (y2 + y1) * delta;
                    if (delta < 1e-15) {
                        delta = 1e-15;
                    }
                    double temp = y2 * y1 / delta;
                    if (temp == 0) {
                        temp = 1e-15;
                    }
                    ri += 1 / temp;
                    temp = .5 * (y2 - y1);
                    temp = Math.sqrt(delta * delta + temp * temp);
                    areaSum += (y2 + y1) * temp;
                    x1 = x2;
                    y1 = y2;
                    if (j == jnext) {
                        break;
                    }
                    j = jnext;
                }
                double r = ri * ra / Geometry.PI * (4. * .01); // MOhm
                if (half == 0) {
                    rleft = r;
                } else {
                    rright = r;
                }
                si = sip;
            }
            rinv[inode] = 1. / (rparent + rleft);
            double mean = diamSum * (.5 / ds);
            if (Math.abs(mean - diam[inode]) > 1e-9 || mean < 1e-5) {
                diam[inode] = mean;
            }
            area[inode] = areaSum * .5 * Geometry.PI;
            rparent = rright;
        }
        return rparent;
    }
}
