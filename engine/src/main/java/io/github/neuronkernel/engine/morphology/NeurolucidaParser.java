package io.github.neuronkernel.engine.morphology;

import io.github.neuronkernel.engine.morphology.NeurolucidaToken.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The grammar of Neurolucida ASCII files as NEURON 8.2.2's {@code Import3d_Neurolucida3} parses
 * it (a recursive descent with up to two tokens of look-ahead), turning soma contours and trees
 * into Import3d sections in NEURON's order.
 *
 * <p>Top-level blocks: a contour {@code ("Name" properties points)}, kept as a soma when named
 * {@code CellBody}, {@code Cell Body} or {@code Soma} and of three points or more; a tree {@code
 * (properties points [markers] [ending])} whose last property ({@code (Dendrite)}, {@code
 * (Apical)}, {@code (Axon)}) gives its type, where an ending is a label such as {@code Normal} or
 * {@code Incomplete}, or the branches {@code ( branch | branch ... )}; text {@code (properties
 * point "text")}; a marker {@code (Name properties points)}; a property {@code (Name values)}; a
 * {@code (Set "name" blocks)}. A point is {@code (x y [z [diameter [label] [(4 numbers)]]])}, µm,
 * optionally followed by spines {@code <properties (x y z d)>}. Only soma contours and trees give
 * sections: each unbranched run of a tree is one, starting with a copy of its parent's last point
 * unless its own first point is there already.
 *
 * <p>Every point must be finite and within the 32-bit float range NEURON stores 3-D points in,
 * with a diameter of at least 0; the first problem raises a {@link MorphologyException} naming the
 * file, line, column, value and what is allowed.
 */
final class NeurolucidaParser {
    private static final String BLOCKS = "allowed there: a contour (\"CellBody\" ...), a tree"
            + " ((Dendrite) (x y z d) ...), text, a marker (Name ... (x y z d)), a property (Name"
            + " values) or a (Set \"name\" ...)";
    private static final String POINT = "a point is (x y z diameter) in um, numbers, optionally"
            + " followed by a label such as R";

    private final String source;
    private final NeurolucidaToken[] tokens;
    private int pos;
    private final Points points = new Points();
    /** The names of the properties the last {@code properties} production read. */
    private final List<String> properties = new ArrayList<>();
    private int sectionType;
    private ImportSection parent;
    private final List<ImportSection> sections = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    private NeurolucidaParser(String source, List<NeurolucidaToken> tokens) {
        this.source = source;
        this.tokens = tokens.toArray(new NeurolucidaToken[0]);
    }

    /** What a file holds for Import3d: its sections in NEURON's order, and remarks. */
    record Result(List<ImportSection> sections, List<String> notices) {
    }

    /**
     * @param source the file name for messages
     * @param text the file's contents
     * @return the soma contours and tree sections, in the order NEURON's reader makes them
     * @throws MorphologyException if the text is not a Neurolucida file NEURON can read
     */
    static Result parse(String source, String text) {
        NeurolucidaParser p = new NeurolucidaParser(source, NeurolucidaLexer.tokens(text));
        p.run();
        return new Result(p.sections, p.notices);
    }

    private void run() {
        if (cur().kind() == Kind.EOF) {
            throw new MorphologyException(source + " is empty (nothing but white space and comments);"
                    + " a Neurolucida file needs a soma contour (\"CellBody\" (x y z d) ...) or a"
                    + " tree ((Dendrite) (x y z d) ...)");
        }
        for (NeurolucidaToken t : tokens) {
            if (t.kind() == Kind.ERROR && t.text().startsWith("\"")) {
                throw error(t, "the string " + t.text() + " has no closing '\"'; a string ends on the"
                        + " line it starts");
            }
        }
        try {
            objects();
            if (at(Kind.CLOSE)) {
                throw error(cur(), "')' closes nothing; every ')' needs an earlier '(' of its own");
            }
            if (!at(Kind.EOF)) {
                throw error(cur(), cur().describe() + " is outside any block; " + BLOCKS);
            }
        } catch (MorphologyException e) {
            String unbalanced = Parentheses.imbalance(tokens);
            throw unbalanced == null ? e
                    : new MorphologyException(e.getMessage() + " (the parentheses are unbalanced: " + unbalanced + ")");
        } catch (StackOverflowError e) {
            throw error(cur(), "the branches are nested too deeply to read");
        }
    }

    // ---- tokens

    private NeurolucidaToken cur() {
        return tokens[pos];
    }

    private NeurolucidaToken ahead(int k) {
        return tokens[Math.min(pos + k, tokens.length - 1)];
    }

    private Kind la() {
        return ahead(1).kind();
    }

    private void next() {
        if (pos < tokens.length - 1) {
            pos++;
        }
    }

    private boolean at(Kind kind) {
        return cur().kind() == kind;
    }

    private void optionalComma() {
        if (at(Kind.COMMA)) {
            next();
        }
    }

    /** Moves on to the next token, which must be {@code kind}. */
    private NeurolucidaToken demand(Kind kind, String what) {
        next();
        return require(kind, what);
    }

    private NeurolucidaToken require(Kind kind, String what) {
        if (!at(kind)) {
            throw error(cur(), "expected " + what + ", found " + cur().describe());
        }
        return cur();
    }

    /** Requires the {@code )} that closes {@code open}, and moves past it. */
    private void close(NeurolucidaToken open, String what, String hint) {
        if (!at(Kind.CLOSE)) {
            throw error(cur(), "expected ')' to end the " + what + " that starts at line " + open.line()
                    + ", column " + open.column() + ", found " + cur().describe() + hint);
        }
        next();
    }

    private MorphologyException error(NeurolucidaToken at, String what) {
        return new MorphologyException(source + " line " + at.line() + ", column " + at.column() + ": " + what);
    }

    // ---- blocks

    private void objects() {
        object();
        while (true) {
            optionalComma();
            if (!at(Kind.OPEN)) {
                return;
            }
            object();
        }
    }

    private void object() {
        if (!at(Kind.OPEN)) {
            throw error(cur(), cur().describe() + " is outside any block; " + BLOCKS);
        }
        switch (la()) {
            case STRING -> contour();
            case LABEL -> markerOrProperty();
            case OPEN -> treeOrText();
            case SET -> set();
            default -> throw error(ahead(1), "a block cannot start with " + ahead(1).describe() + "; " + BLOCKS);
        }
    }

    private void markerOrProperty() {
        if (ahead(2).kind() == Kind.OPEN) {
            marker();
        } else {
            property();
        }
    }

    private void contour() {
        NeurolucidaToken open = cur();
        NeurolucidaToken name = demand(Kind.STRING, "the contour's name");
        boolean soma = name.text().equals("CellBody") || name.text().equals("Cell Body") || name.text().equals("Soma");
        next();
        int begin = points.size;
        properties();
        points();
        if (soma) {
            if (points.size - begin > 2) {
                sectionType = 1;
                newSection(begin, points.size, name).contour = true;
            } else {
                notices.add("CellBody contour at line " + name.line() + " has fewer than three points; ignored");
            }
        }
        close(open, "contour", "; a contour is (\"Name\" properties points)");
    }

    private void treeOrText() {
        int start = pos;
        int pointsBefore = points.size;
        boolean text;
        try {
            text = text();
        } catch (MorphologyException notText) {
            text = false;
        }
        if (!text) {
            pos = start;
            points.size = pointsBefore;
            tree();
        }
    }

    /** NEURON tries text first: its points are read the same way as a tree's first point. */
    private boolean text() {
        next();
        properties();
        point();
        if (!at(Kind.STRING)) {
            return false;
        }
        next();
        if (!at(Kind.CLOSE)) {
            return false;
        }
        next();
        return true;
    }

    private void tree() {
        NeurolucidaToken open = cur();
        parent = null;
        next();
        properties();
        sectionType = typeOfLastProperty();
        branch();
        close(open, "tree", "; after a tree's points come its branches ( ... | ... ) or an ending such as Normal");
        parent = null;
    }

    /** Like NEURON, only the last property before the first point names the tree's type. */
    private int typeOfLastProperty() {
        if (properties.isEmpty()) {
            return 0;
        }
        return switch (properties.get(properties.size() - 1)) {
            case "Axon" -> 2;
            case "Dendrite" -> 3;
            case "Apical" -> 4;
            default -> 0;
        };
    }

    private void set() {
        NeurolucidaToken open = cur();
        next();
        demand(Kind.STRING, "the set's name in quotes");
        next();
        if (!at(Kind.CLOSE)) {
            objects();
        }
        close(open, "set", "");
    }

    private void marker() {
        NeurolucidaToken open = cur();
        next();
        next();
        properties();
        points();
        close(open, "marker", "; a marker is (Name properties points)");
    }

    // ---- properties

    private void properties() {
        properties.clear();
        while (at(Kind.OPEN) && (la() == Kind.LABEL || la() == Kind.SET)) {
            if (la() == Kind.LABEL) {
                property();
            } else {
                set();
            }
            optionalComma();
        }
    }

    private void property() {
        NeurolucidaToken open = cur();
        NeurolucidaToken name = demand(Kind.LABEL, "a property name");
        properties.add(name.text());
        next();
        while (at(Kind.NUMBER) || at(Kind.STRING) || at(Kind.LABEL) || at(Kind.RGB)) {
            value();
        }
        close(open, "property " + name.text(), "; a property is (Name values), its values numbers,"
                + " strings, names or RGB (r, g, b)");
    }

    private void value() {
        if (at(Kind.RGB)) {
            demand(Kind.OPEN, "'(' after RGB");
            demand(Kind.NUMBER, "the red of RGB (r, g, b)");
            next();
            optionalComma();
            require(Kind.NUMBER, "the green of RGB (r, g, b)");
            next();
            optionalComma();
            require(Kind.NUMBER, "the blue of RGB (r, g, b)");
            demand(Kind.CLOSE, "')' to end RGB (r, g, b)");
        }
        next();
    }

    // ---- trees

    private void branch() {
        ImportSection saved = parent;
        NeurolucidaToken start = cur();
        int begin = points.size;
        treePoints();
        ImportSection sec = newSection(begin, points.size, start);
        parent = sec;
        branchEnd();
        parent = saved;
    }

    private void treePoints() {
        treePoint();
        while (true) {
            optionalComma();
            if (!at(Kind.OPEN) || la() != Kind.NUMBER) {
                return;
            }
            treePoint();
        }
    }

    private void treePoint() {
        if (la() == Kind.LABEL) {
            markerOrProperty(); // a marker's points join the branch's, as in NEURON
            return;
        }
        point();
        while (at(Kind.SPINE_OPEN)) {
            spine();
        }
    }

    private void spine() {
        NeurolucidaToken open = cur();
        next();
        properties();
        readPoint();
        if (!at(Kind.SPINE_CLOSE)) {
            throw error(cur(), "expected '>' to end the spine that starts at line " + open.line()
                    + ", column " + open.column() + ", found " + cur().describe()
                    + "; a spine is <properties (x y z d)>");
        }
        next();
    }

    private void branchEnd() {
        optionalComma();
        if (at(Kind.OPEN)) {
            while (la() == Kind.LABEL) {
                skipMarker();
            }
        }
        optionalComma();
        if (at(Kind.OPEN)) {
            NeurolucidaToken open = cur();
            next();
            branch();
            while (at(Kind.BAR)) {
                next();
                branch();
            }
            close(open, "branches", "; branches are ( branch | branch ... )");
        } else if (at(Kind.LABEL)) {
            next(); // an ending: Normal, Incomplete, Generated, High, Low, ...
        }
    }

    /** NEURON skips the markers after a branch's points whatever they hold. */
    private void skipMarker() {
        require(Kind.OPEN, "'(' to start a marker");
        int depth = 1;
        while (depth != 0) {
            next();
            if (at(Kind.CLOSE)) {
                depth--;
            } else if (at(Kind.OPEN)) {
                depth++;
            } else if (at(Kind.EOF)) {
                throw error(cur(), "a marker is not closed");
            }
        }
        next();
    }

    // ---- points

    private void points() {
        point();
        while (true) {
            optionalComma();
            if (!at(Kind.OPEN)) {
                return;
            }
            point();
        }
    }

    private void point() {
        NeurolucidaToken first = ahead(1);
        double[] p = readPoint();
        points.add(p, first.line());
    }

    /** @return x, y, z, diameter (z and diameter 0 when left out) */
    private double[] readPoint() {
        NeurolucidaToken open = require(Kind.OPEN, "'(' to start a point (x y z diameter)");
        next();
        if (!at(Kind.NUMBER)) {
            throw error(cur(), (at(Kind.LABEL) ? "'" + cur().text() + "' is not a number" : "expected a"
                    + " number, found " + cur().describe()) + ": " + POINT);
        }
        double[] p = new double[4];
        p[0] = coordinate("x");
        next();
        optionalComma();
        if (!at(Kind.NUMBER)) {
            throw error(cur(), "the point needs a y, found " + cur().describe() + "; " + POINT);
        }
        p[1] = coordinate("y");
        next();
        optionalComma();
        if (at(Kind.NUMBER)) {
            p[2] = coordinate("z");
            next();
            optionalComma();
            if (at(Kind.NUMBER)) {
                p[3] = diameter();
                next();
                optionalComma();
                if (at(Kind.LABEL)) {
                    next();
                }
                bezier();
            }
        }
        close(open, "point", "; " + POINT);
        return p;
    }

    /** NEURON reads and ignores four numbers in parentheses after a point's diameter. */
    private void bezier() {
        optionalComma();
        if (!at(Kind.OPEN)) {
            return;
        }
        demand(Kind.NUMBER, "a number");
        for (int i = 0; i < 3; i++) {
            next();
            optionalComma();
            require(Kind.NUMBER, "a number");
        }
        demand(Kind.CLOSE, "')' after four numbers");
        next();
    }

    private double coordinate(String name) {
        NeurolucidaToken t = cur();
        double v = t.value();
        if (!Double.isFinite(v)) {
            throw error(t, name + " " + t.text() + " is not finite; allowed: a finite number (um)");
        }
        if (Math.abs(v) > Float.MAX_VALUE) {
            throw error(t, name + " " + t.text() + " is outside the 32-bit float range NEURON stores 3-D points in");
        }
        return v;
    }

    private double diameter() {
        double d = coordinate("diameter");
        if (d < 0) {
            throw error(cur(), "diameter " + cur().text() + " is negative; allowed: a diameter of at least 0 um");
        }
        return d;
    }

    // ---- sections

    /**
     * Import3d's {@code newsec}: the points from {@code begin}, after a copy of the parent's last
     * point (with this branch's first diameter) unless the branch starts there already.
     */
    private ImportSection newSection(int begin, int end, NeurolucidaToken start) {
        int own = end - begin;
        if (own == 0) {
            throw error(start, "this branch has no points (NEURON fails on it); a branch starts with"
                    + " its points (x y z diameter)");
        }
        boolean extra = parent != null && !startsAtParentEnd(begin);
        int f = extra ? 1 : 0;
        double[][] xyzd = new double[4][own + f];
        for (int k = 0; k < 4; k++) {
            System.arraycopy(points.values[k], begin, xyzd[k], f, own);
        }
        if (extra) {
            int last = parent.size() - 1;
            xyzd[0][0] = parent.x[last];
            xyzd[1][0] = parent.y[last];
            xyzd[2][0] = parent.z[last];
            xyzd[3][0] = points.values[3][begin];
        }
        ImportSection sec = new ImportSection(sectionType, points.lines[begin], xyzd[0], xyzd[1], xyzd[2], xyzd[3]);
        sec.parent = parent;
        sections.add(sec);
        return sec;
    }

    /** read_nlcda3.hoc's {@code m.x[0][n] == x.x[i]} and so on: hoc's {@code ==}, inclusive. */
    private boolean startsAtParentEnd(int begin) {
        int last = parent.size() - 1;
        return HocCompare.equal(parent.x[last], points.values[0][begin])
                && HocCompare.equal(parent.y[last], points.values[1][begin])
                && HocCompare.equal(parent.z[last], points.values[2][begin]);
    }

    /** Every point read, in order, as NEURON's reader keeps them in its x, y, z, d vectors. */
    private static final class Points {
        double[][] values = new double[4][1024];
        int[] lines = new int[1024];
        int size;

        void add(double[] p, int line) {
            if (size == lines.length) {
                for (int k = 0; k < 4; k++) {
                    values[k] = Arrays.copyOf(values[k], 2 * size);
                }
                lines = Arrays.copyOf(lines, 2 * size);
            }
            for (int k = 0; k < 4; k++) {
                values[k][size] = p[k];
            }
            lines[size] = line;
            size++;
        }
    }
}
