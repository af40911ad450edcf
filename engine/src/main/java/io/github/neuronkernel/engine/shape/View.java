package io.github.neuronkernel.engine.shape;

import io.github.neuronkernel.engine.internal.Validate;

/**
 * How 3-D points are turned into a picture: the cell is first rotated about the x, y and z axes
 * (in that order, through the origin), then projected onto a plane by dropping one coordinate.
 * The picture's horizontal axis is the plane's first letter, its vertical axis the second; both in
 * um.
 */
public final class View {
    /** The x-y plane, unrotated: NEURON's default shape view. */
    public static final View XY = new View("xy", 0, 0, 0);

    private final String plane;
    private final double aboutX;
    private final double aboutY;
    private final double aboutZ;
    private final double[][] m; // rotation matrix, rows = picture axes u, v then depth

    private View(String plane, double aboutX, double aboutY, double aboutZ) {
        this.plane = plane;
        this.aboutX = aboutX;
        this.aboutY = aboutY;
        this.aboutZ = aboutZ;
        double[][] r = multiply(rotation(2, aboutZ), multiply(rotation(1, aboutY), rotation(0, aboutX)));
        int u = plane.charAt(0) - 'x';
        int v = plane.charAt(1) - 'x';
        m = new double[][] {r[u], r[v]};
    }

    /**
     * @param plane {@code "xy"}, {@code "xz"}, {@code "yz"}, {@code "yx"}, {@code "zx"} or {@code "zy"}
     * @return this view's rotation seen on that plane
     * @throws IllegalArgumentException for another plane
     */
    public View onPlane(String plane) {
        Validate.notNull("view plane", plane);
        if (!plane.matches("xy|xz|yz|yx|zx|zy")) {
            throw new IllegalArgumentException("view \"" + plane + "\" is not a plane; allowed: \"xy\" (default), "
                    + "\"xz\", \"yz\", \"yx\", \"zx\", \"zy\" (horizontal axis first)");
        }
        return new View(plane, aboutX, aboutY, aboutZ);
    }

    /**
     * @param degX rotation about the x axis (degrees), finite
     * @param degY rotation about the y axis (degrees), finite
     * @param degZ rotation about the z axis (degrees), finite
     * @return this view's plane, the cell rotated by these angles (replacing any earlier rotation)
     */
    public View rotated(double degX, double degY, double degZ) {
        Validate.finite("rotate: about x", degX, "degrees");
        Validate.finite("rotate: about y", degY, "degrees");
        Validate.finite("rotate: about z", degZ, "degrees");
        return new View(plane, degX, degY, degZ);
    }

    /** @return the plane, e.g. {@code "xy"} */
    public String plane() {
        return plane;
    }

    /** @return the picture's horizontal coordinate (um) of a point */
    public double u(double x, double y, double z) {
        return m[0][0] * x + m[0][1] * y + m[0][2] * z;
    }

    /** @return the picture's vertical coordinate (um) of a point */
    public double v(double x, double y, double z) {
        return m[1][0] * x + m[1][1] * y + m[1][2] * z;
    }

    /** @return whether the cell is rotated before projecting */
    public boolean isRotated() {
        return aboutX != 0 || aboutY != 0 || aboutZ != 0;
    }

    private static double[][] rotation(int axis, double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        int a = (axis + 1) % 3;
        int b = (axis + 2) % 3;
        double[][] r = new double[3][3];
        r[axis][axis] = 1;
        r[a][a] = c;
        r[a][b] = -s;
        r[b][a] = s;
        r[b][b] = c;
        return r;
    }

    private static double[][] multiply(double[][] p, double[][] q) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    r[i][j] += p[i][k] * q[k][j];
                }
            }
        }
        return r;
    }

    @Override
    public String toString() {
        return plane + " plane" + (isRotated() ? ", rotated " + Validate.num(aboutX) + ", " + Validate.num(aboutY)
                + ", " + Validate.num(aboutZ) + " degrees about x, y, z" : "");
    }
}
