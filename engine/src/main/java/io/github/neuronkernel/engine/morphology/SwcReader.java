package io.github.neuronkernel.engine.morphology;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses SWC files: one point per line as seven whitespace-separated numbers {@code id type x y z
 * radius parent}; lines whose first non-blank character is {@code #} are comments, blank lines are
 * skipped, text after a {@code #} that follows the seven numbers and any columns after the seventh
 * are ignored (as NEURON does).
 *
 * <p>Every line is checked, and the first problem raises a {@link MorphologyException} naming the
 * file, the line, the value and what is allowed. The rules are those under which NEURON 8.2.2's
 * {@code Import3d_SWC_read} gives a meaningful result: numbers in decimal notation (read as 32-bit
 * floats, like NEURON's {@code sscanf("%f")}); integer ids of at least 0, in strictly increasing
 * order (NEURON fails on any other order); integer types (any value, including 0 and negative
 * ones); finite coordinates; finite radii of at least 0; a parent id that is negative for the one
 * root and otherwise the id of an earlier line (so a point can be neither its own parent nor part
 * of a loop); at least one point.
 */
public final class SwcReader {
    private static final String[] FIELDS = {"id", "type", "x", "y", "z", "radius", "parent"};
    /** Integers above this are not exact as 32-bit floats, which is how NEURON reads ids. */
    private static final float MAX_EXACT_INT = 16_777_216f;

    private SwcReader() {
    }

    /**
     * Reads and validates an SWC file.
     *
     * @param path the file
     * @return its points
     * @throws MorphologyException if the file cannot be read or is not a valid single-tree SWC
     *     morphology
     */
    public static SwcFile read(Path path) {
        return parse(path.toString(), FileText.read(path, "SWC file"));
    }

    /**
     * Parses and validates SWC text.
     *
     * @param source the file name used in messages
     * @param text the file's contents
     * @return its points
     * @throws MorphologyException if the text is not a valid single-tree SWC morphology
     */
    public static SwcFile parse(String source, String text) {
        return new Parser(source, text).run();
    }

    /** One pass over the text, growing the point arrays. */
    private static final class Parser {
        private final String source;
        private final String text;
        private final float[] values = new float[7];
        private final String[] tokens = new String[7];
        private final Map<Long, Integer> indexOfId = new HashMap<>();
        private int n;
        private long[] ids = new long[256];
        private int[] types = new int[256];
        private double[] x = new double[256];
        private double[] y = new double[256];
        private double[] z = new double[256];
        private double[] radius = new double[256];
        private long[] parentIds = new long[256];
        private int[] lines = new int[256];
        private int lineNo;

        Parser(String source, String text) {
            this.source = source;
            this.text = text;
        }

        SwcFile run() {
            int pos = 0;
            int len = text.length();
            while (pos < len) {
                int end = text.indexOf('\n', pos);
                if (end < 0) {
                    end = len;
                }
                lineNo++;
                line(pos, end);
                pos = end + 1;
            }
            if (n == 0) {
                throw new MorphologyException("SWC file " + source
                        + " has no points: it needs at least one line 'id type x y z radius parent'");
            }
            checkIds();
            int[] parent = linkParents();
            return new SwcFile(source, Arrays.copyOf(ids, n), Arrays.copyOf(types, n),
                    Arrays.copyOf(x, n), Arrays.copyOf(y, n), Arrays.copyOf(z, n),
                    Arrays.copyOf(radius, n), parent, Arrays.copyOf(lines, n));
        }

        private MorphologyException error(String what) {
            return new MorphologyException(source + " line " + lineNo + ": " + what);
        }

        private MorphologyException error(int point, String what) {
            return new MorphologyException(source + " line " + lines[point] + ": " + what);
        }

        /** Ids must be unique and increasing: NEURON's Import3d fails on any other order. */
        private void checkIds() {
            for (int i = 0; i < n; i++) {
                Integer earlier = indexOfId.putIfAbsent(ids[i], i);
                if (earlier != null) {
                    throw error(i, "duplicate id " + ids[i] + ", already used on line "
                            + lines[earlier] + "; every point needs its own id");
                }
                if (i > 0 && ids[i] < ids[i - 1]) {
                    throw error(i, "id " + ids[i] + " comes after id " + ids[i - 1] + " (line "
                            + lines[i - 1] + "); NEURON's Import3d needs the points in increasing"
                            + " id order, parents before children (it fails otherwise)");
                }
            }
        }

        /** One tree: one root (the first point), every other parent an earlier point. */
        private int[] linkParents() {
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                long id = ids[i];
                long pid = parentIds[i];
                if (pid < 0) {
                    if (i > 0) {
                        throw error(i, "point " + id + " is a second root (parent " + pid
                                + "; the first root is on line " + lines[0] + "); allowed: a"
                                + " single tree, so every point but the first needs the id of an"
                                + " earlier point as parent");
                    }
                    parent[i] = -1;
                    continue;
                }
                if (pid == id) {
                    throw error(i, "point " + id + " is its own parent; allowed: the id of an"
                            + " earlier point, or -1 for the root");
                }
                Integer p = indexOfId.get(pid);
                if (p == null) {
                    throw error(i, "parent " + pid + " of point " + id + " does not exist; allowed:"
                            + " the id of an earlier point, or -1 for the root");
                }
                if (p > i) {
                    throw error(i, "parent " + pid + " of point " + id + " is listed after it (line "
                            + lines[p] + "); NEURON's Import3d needs every parent on an earlier"
                            + " line (parent id < id), which also rules out loops");
                }
                parent[i] = p;
            }
            return parent;
        }

        private void line(int start, int end) {
            int field = 0;
            int i = start;
            while (field < 7) {
                while (i < end && text.charAt(i) <= ' ') {
                    i++;
                }
                if (i == end || text.charAt(i) == '#') {
                    break;
                }
                int tokenStart = i;
                while (i < end && text.charAt(i) > ' ') {
                    i++;
                }
                tokens[field] = text.substring(tokenStart, i);
                values[field] = number(field, tokens[field]);
                field++;
            }
            if (field == 0) {
                return; // blank or comment
            }
            if (field < 7) {
                throw error("'" + text.substring(start, end).strip() + "' has " + field + " field"
                        + (field == 1 ? "" : "s")
                        + "; a point needs 7: id type x y z radius parent");
            }
            addPoint();
        }

        private float number(int field, String token) {
            if (!isDecimal(token)) {
                String lower = token.toLowerCase(java.util.Locale.ROOT);
                String bare = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
                if (bare.equals("nan") || bare.equals("inf") || bare.equals("infinity")) {
                    throw error(FIELDS[field] + " " + token + " is not finite; allowed: a finite decimal number");
                }
                throw error(FIELDS[field] + " '" + token + "' is not a number; allowed: a decimal number");
            }
            float v = Float.parseFloat(token);
            if (!Float.isFinite(v)) {
                throw error(FIELDS[field] + " " + token
                        + " is outside the 32-bit float range NEURON reads numbers in");
            }
            return v;
        }

        private static boolean isDecimal(String s) {
            int i = 0;
            int n = s.length();
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int digits = 0;
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
                digits++;
            }
            if (i < n && s.charAt(i) == '.') {
                i++;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                    digits++;
                }
            }
            if (digits == 0) {
                return false;
            }
            if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i++;
                if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                int exp = 0;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                    exp++;
                }
                if (exp == 0) {
                    return false;
                }
            }
            return i == n;
        }

        private long integer(int field, String allowed) {
            float v = values[field];
            if (v != Math.rint(v) || Math.abs(v) > MAX_EXACT_INT) {
                throw error(FIELDS[field] + " " + tokens[field] + " is not " + allowed);
            }
            return (long) v;
        }

        private void addPoint() {
            long id = integer(0, "an integer between 0 and 16777216");
            if (id < 0) {
                throw error("id " + id + " is negative; allowed: an integer of at least 0");
            }
            int type = (int) integer(1, "an integer");
            float r = values[5];
            if (r < 0) {
                throw error("radius " + tokens[5] + " is negative; allowed: a radius of at least 0 um");
            }
            long pid = integer(6, "an integer (a negative one marks the root)");
            if (n == ids.length) {
                grow();
            }
            ids[n] = id;
            types[n] = type;
            x[n] = values[2];
            y[n] = values[3];
            z[n] = values[4];
            radius[n] = r;
            parentIds[n] = pid;
            lines[n] = lineNo;
            n++;
        }

        private void grow() {
            int c = ids.length * 2;
            ids = Arrays.copyOf(ids, c);
            types = Arrays.copyOf(types, c);
            x = Arrays.copyOf(x, c);
            y = Arrays.copyOf(y, c);
            z = Arrays.copyOf(z, c);
            radius = Arrays.copyOf(radius, c);
            parentIds = Arrays.copyOf(parentIds, c);
            lines = Arrays.copyOf(lines, c);
        }
    }
}
