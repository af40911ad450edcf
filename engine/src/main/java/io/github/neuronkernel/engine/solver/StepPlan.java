package io.github.neuronkernel.engine.solver;

import io.github.neuronkernel.engine.mechanism.Mechanism;
import io.github.neuronkernel.engine.solver.HinesSolver.Matrix;
import io.github.neuronkernel.engine.state.CableState;
import io.github.neuronkernel.engine.state.IonState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How one step's work is split into parts that can run on separate threads, without changing any
 * node's arithmetic. See {@code DESIGN.md} beside this class for the design.
 *
 * <p>The tree is cut into a <em>top</em> (the root nodes and the pieces near them) and independent
 * subtrees. Each part owns some subtrees and, for part 0, the top. A step is then:
 *
 * <ol>
 *   <li>in parallel, per part: clear rhs and d of its nodes, run every mechanism's {@code current}
 *       on its instances (in mechanism order), the axial terms and the triangularisation of its
 *       subtrees; a subtree's contributions to its parent in the top are deferred;
 *   <li>on one thread: the top's axial terms and triangularisation, applying the deferred
 *       contributions exactly where NEURON's loops would (increasing node order for the axial
 *       terms, decreasing for the triangularisation), then the roots and the top's back
 *       substitution;
 *   <li>in parallel, per part: back substitution of its subtrees, the voltage update and every
 *       mechanism's {@code state} on its instances.
 * </ol>
 *
 * Every node receives the same operations in the same order as in NEURON's single loop, so the
 * results do not depend on the number of parts.
 */
final class StepPlan {
    /** Rough cost of one node's matrix work per step (ns), against Mechanism#costPerInstance. */
    private static final double NODE_COST = 10;

    /**
     * Instances and nodes per call of a mechanism's loop, the voltage update or a run of a piece.
     * A fresh JVM compiles a method after some hundreds of calls, or after tens of thousands of loop
     * iterations within calls; short calls get the hot loops out of the interpreter within a few
     * steps instead of some tens of steps (on the 1001-node axon, ~100 ms of a first run).
     */
    static final int CHUNK = 64;
    /**
     * Below this many nodes per piece on average, consecutive pieces that form no quad are solved
     * node by node (see Pieces#NODES). Measured before quads existed, on the tree benchmark's
     * 12-node dendrites: node by node took 20 % fewer instructions than a loop per piece; the
     * network's two-node cells, too short for quads, are such pieces now.
     */
    private static final int SHORT_PIECES = 16;
    /** Leaf pieces from which a one-part plan solves them four at a time ({@link #leafLanesPay}). */
    private static final int LEAF_LANES_MIN = 8;
    /** Average nodes per leaf piece from which lanes pay (two-node pieces leave nothing to overlap). */
    private static final int LEAF_LANES_MIN_NODES = 4;
    /**
     * Estimated work per step (ns) from which two threads may pay off: a hand-off between threads
     * costs about a microsecond per phase, two phases per step.
     */
    private static final double MIN_PARALLEL_COST = 20_000;
    /**
     * Most runs of consecutive nodes a part of an automatic two-part plan may have. A reconstructed
     * cell's subtrees are scattered over NEURON's node order (it numbers nodes by depth in the
     * tree), so each part owns many short runs of every array, and the lines where they meet pass
     * from core to core twice a step. The CA1 cell's parts have 18 runs each: on two threads a run
     * took 0.15 s, its two parts on one thread 0.073 s, the undivided plan 0.059 s. The axon's and
     * the tree's parts have one or two runs; the axon gains from two threads (0.19 -> 0.14 s when
     * this rule was made, 0.155 -> 0.137 s later), the tree, whose leaves now run in lanes on one
     * thread, about breaks even (DESIGN.md), and ModeChooser decides at run time.
     */
    private static final int MAX_RUNS_AUTOMATIC = 4;
    /** Gaps of at most this many nodes between two runs of ion nodes are cleared with them. */
    private static final int ION_GAP = 8;

    /** Number of parts. */
    final int parts;
    private final Part[] part;
    /** The top's pieces and the subtree roots, in increasing node order; a subtree root has end -1. */
    private final int[] serialStart;
    private final int[] serialEnd;
    /**
     * Whether part 0 does the top's axial terms in the parallel phase, after its own: allowed when
     * no top piece starts after a subtree root attached to the same parent (its share would then
     * come before the subtree's, which is applied later). True for a cut cable and the tree.
     */
    private final boolean topAxialEarly;
    /** The top solved in two flat passes ({@link TopWave}); null where the top is solved piece by piece. */
    private final TopWave wave;
    private final int rootCount;
    private final Matrix matrix;
    private final Mechanism[] mechanisms;
    private final CableState state;

    /**
     * One part's share: its nodes, the nodes whose ion currents it clears each step (only where a
     * mechanism adds to them or uses the ion: hh on the tree's soma alone, not on its 2400 nodes),
     * its instances of each mechanism and its pieces.
     */
    private record Part(int[] nodes, int[] ionNodes, int[][] instances, Pieces pieces) {}

    private StepPlan(Runtime r, Matrix matrix, Part[] part, int[] serialStart, int[] serialEnd) {
        this(r, matrix, part, serialStart, serialEnd, null);
    }

    private StepPlan(Runtime r, Matrix matrix, Part[] part, int[] serialStart, int[] serialEnd, TopWave wave) {
        this.parts = part.length;
        this.part = part;
        this.serialStart = serialStart;
        this.serialEnd = serialEnd;
        this.wave = wave;
        // the wave does the top's axial terms itself, after the parallel phase
        this.topAxialEarly = wave == null && topAxialEarly(r.layout.parent(), serialStart, serialEnd);
        this.rootCount = r.layout.rootCount();
        this.matrix = matrix;
        this.mechanisms = r.mechanisms;
        this.state = r.state;
    }

    private static boolean topAxialEarly(int[] parent, int[] serialStart, int[] serialEnd) {
        for (int j = 0; j < serialStart.length; j++) {
            for (int k = j + 1; k < serialStart.length && serialEnd[j] < 0; k++) {
                if (serialEnd[k] >= 0 && parent[serialStart[k]] == parent[serialStart[j]]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return the estimated work of one step (ns), used to decide whether to use two threads */
    private static double cost(Runtime r) {
        double total = 0;
        for (double w : nodeWeights(r)) {
            total += w;
        }
        return total;
    }

    /**
     * The plan of automatic mode: two parts where the model has work enough per step and a split
     * that does not scatter its parts' nodes ({@link #MAX_RUNS_AUTOMATIC}), one part otherwise.
     *
     * @param spareProcessor whether the machine has a second processor for the helper
     */
    static StepPlan automatic(Runtime r, boolean spareProcessor) {
        if (spareProcessor && cost(r) >= MIN_PARALLEL_COST) {
            StepPlan two = build(r, 2);
            if (Arrays.stream(two.part).allMatch(q -> q.nodes.length / 2 <= MAX_RUNS_AUTOMATIC)) {
                return two;
            }
        }
        return build(r, 1);
    }

    /**
     * @param r the discretisation and its mechanisms
     * @param parts 1 or 2
     */
    static StepPlan build(Runtime r, int parts) {
        double[] w = nodeWeights(r);
        Chains chains = new Chains(r.layout.parent(), r.layout.rootCount(), w);
        Matrix matrix = new Matrix(r);
        if (parts == 1 && leafLanesPay(chains)) {
            return leafLanes(r, matrix, chains);
        }
        if (parts == 1) {
            int[] owner = new int[w.length];
            List<int[]> pieces = new ArrayList<>();
            for (int c = 0; c < chains.count(); c++) {
                pieces.add(new int[] {chains.start[c], chains.end[c], 0});
            }
            Part whole = part(r, matrix, owner, 0, pieces);
            return new StepPlan(r, matrix, new Part[] {whole}, new int[0], new int[0]);
        }
        return split(r, matrix, chains, w, Arrays.stream(w).sum());
    }

    private static double[] nodeWeights(Runtime r) {
        double[] w = new double[r.state.size];
        Arrays.fill(w, NODE_COST);
        for (Mechanism m : r.mechanisms) {
            for (int k = 0; k < m.count(); k++) {
                w[m.nodeOf(k)] += m.costPerInstance();
            }
        }
        return w;
    }

    /**
     * Two parts: cut the tree into a top and subtrees, then give part 1 half the work done in
     * parallel. The top's matrix work is done by part 0 alone between the parallel phases, while
     * part 1 waits whatever the shares, so it is left out of the halves: on the 1001-node axon,
     * cut in the middle of its one section, part 1 gets 46 % of the nodes (their mechanisms and
     * matrix work), part 0 the mechanisms of the rest.
     */
    private static StepPlan split(Runtime r, Matrix matrix, Chains chains, double[] w, double total) {
        double target = total / 2;
        List<int[]> units = new ArrayList<>(); // {chain, first node}: a chain's tail and all below it
        List<int[]> top = new ArrayList<>(); // {start, end}
        for (int c = 0; c < chains.count(); c++) {
            if (chains.parentChain[c] < 0) {
                units.add(new int[] {c, chains.start[c]});
            }
        }
        double topWeight = 0;
        int topNodes = r.layout.rootCount();
        while (!units.isEmpty()) {
            int[] u = units.stream().max(Comparator.comparingDouble(x -> chains.tailWeight(x[0], x[1]))).get();
            double uw = chains.tailWeight(u[0], u[1]);
            if (uw <= target / 4) {
                break;
            }
            List<Integer> below = chains.childrenFrom(u[0], u[1]);
            double own = chains.runWeight(u[1], chains.end[u[0]]);
            if (!below.isEmpty() && topWeight + own <= total / 4) {
                top.add(new int[] {u[1], chains.end[u[0]]});
                topWeight += own;
                topNodes += chains.end[u[0]] - u[1] + 1;
                units.remove(u);
                for (int child : below) {
                    units.add(new int[] {child, chains.start[child]});
                }
            } else {
                if (below.isEmpty() && uw > target) {
                    // the far part of a long unbranched chain, y..end, goes to part 1
                    int y = chains.end[u[0]];
                    double tail = w[y];
                    while (y - 1 > u[1] && tail + w[y - 1]
                            <= (total - NODE_COST * (topNodes + y - 1 - u[1])) / 2) {
                        tail += w[--y];
                    }
                    top.add(new int[] {u[1], y - 1});
                    topNodes += y - u[1];
                    u[1] = y;
                }
                break;
            }
        }
        target = (total - NODE_COST * topNodes) / 2;
        int n = w.length;
        int[] owner = new int[n];
        List<int[]> helperPieces = new ArrayList<>();
        List<int[]> mainPieces = new ArrayList<>();
        units.sort(Comparator.comparingInt((int[] x) -> x[1]).reversed());
        double helper = 0;
        List<Integer> subtreeRoots = new ArrayList<>();
        for (int[] u : units) {
            double uw = chains.tailWeight(u[0], u[1]);
            boolean toHelper = helper == 0 || helper + uw / 2 <= target; // if it brings part 1 nearer the target
            if (toHelper) {
                helper += uw;
            }
            chains.collect(u[0], u[1], toHelper ? helperPieces : mainPieces, owner, toHelper ? 1 : 0);
            subtreeRoots.add(u[1]);
        }
        List<int[]> serial = new ArrayList<>(top);
        for (int s : subtreeRoots) {
            serial.add(new int[] {s, -1});
        }
        serial.sort(Comparator.comparingInt(x -> x[0]));
        int[] serialStart = serial.stream().mapToInt(x -> x[0]).toArray();
        int[] serialEnd = serial.stream().mapToInt(x -> x[1]).toArray();
        Part[] parts = {part(r, matrix, owner, 0, mainPieces), part(r, matrix, owner, 1, helperPieces)};
        return new StepPlan(r, matrix, parts, serialStart, serialEnd);
    }

    /**
     * Whether solving the leaves four at a time pays: enough leaf pieces long enough to fill the
     * lanes. The CA1 cell (about 100 leaves of 2 to 20 nodes) gains 7 % on one thread (best of 12
     * runs, alternating: 0.0500-0.0517 s against 0.0536-0.0542 s node by node); a network of
     * two-node cells would not (its pieces are too short to overlap).
     */
    private static boolean leafLanesPay(Chains chains) {
        int leaves = 0;
        int nodes = 0;
        for (int c = 0; c < chains.count(); c++) {
            if (chains.isLeaf(c)) {
                leaves++;
                nodes += chains.end[c] - chains.start[c] + 1;
            }
        }
        return leaves >= LEAF_LANES_MIN && nodes >= LEAF_LANES_MIN_NODES * leaves;
    }

    /**
     * One part whose pieces are the leaves, deferred and solved four at a time by length
     * ({@link Pieces#leaves}); every other piece is the top, solved on its own with the leaves'
     * shares applied in NEURON's order, as a two-part plan's top is.
     */
    private static StepPlan leafLanes(Runtime r, Matrix matrix, Chains chains) {
        LeafLanesSolve solve = leafLanesSolve(chains, r.layout.rootCount(), matrix);
        int n = r.state.size;
        int[][] instances = new int[r.mechanisms.length][];
        for (int m = 0; m < instances.length; m++) {
            instances[m] = new int[] {0, r.mechanisms[m].count()};
        }
        boolean[] ion = ionNodes(r);
        int[] ionRuns = bridged(runs(n, i -> ion[i]), ION_GAP, i -> true);
        Part whole = new Part(new int[] {0, n}, ionRuns, instances, solve.lanes());
        return new StepPlan(r, matrix, new Part[] {whole}, solve.serialStart(), solve.serialEnd(), solve.wave());
    }

    /**
     * The matrix side of a leaf-lanes plan: the leaves (chains with nothing attached) in lanes, the
     * other chains the top, solved as a wave; {@code serialStart}/{@code serialEnd} as in
     * {@link #serialStart} (a leaf's start with end -1).
     */
    record LeafLanesSolve(Pieces lanes, TopWave wave, int[] serialStart, int[] serialEnd) {}

    static LeafLanesSolve leafLanesSolve(Chains chains, int rootCount, Matrix matrix) {
        List<int[]> leaves = new ArrayList<>();
        List<int[]> serial = new ArrayList<>();
        for (int c = 0; c < chains.count(); c++) {
            if (chains.isLeaf(c)) {
                leaves.add(new int[] {chains.start[c], chains.end[c]});
                serial.add(new int[] {chains.start[c], -1});
            } else {
                serial.add(new int[] {chains.start[c], chains.end[c]});
            }
        }
        Pieces lanes = Pieces.leaves(leaves, matrix);
        List<int[]> top = serial.stream().filter(x -> x[1] >= 0).toList();
        TopWave wave = new TopWave(top.stream().mapToInt(x -> x[0]).toArray(),
                top.stream().mapToInt(x -> x[1]).toArray(), rootCount, matrix);
        return new LeafLanesSolve(lanes, wave, serial.stream().mapToInt(x -> x[0]).toArray(),
                serial.stream().mapToInt(x -> x[1]).toArray());
    }

    private static Part part(Runtime r, Matrix matrix, int[] owner, int p, List<int[]> pieces) {
        pieces.sort(Comparator.comparingInt(x -> x[0]));
        int[] start = pieces.stream().mapToInt(x -> x[0]).toArray();
        int[] end = pieces.stream().mapToInt(x -> x[1]).toArray();
        boolean[] deferred = new boolean[start.length];
        for (int c = 0; c < start.length; c++) {
            deferred[c] = pieces.get(c)[2] != 0;
        }
        int[][] instances = new int[r.mechanisms.length][];
        for (int m = 0; m < instances.length; m++) {
            Mechanism mech = r.mechanisms[m];
            instances[m] = runs(mech.count(), k -> owner[mech.nodeOf(k)] == p);
        }
        boolean[] ion = ionNodes(r);
        int[] ionRuns = bridged(runs(owner.length, i -> owner[i] == p && ion[i]), ION_GAP, i -> owner[i] == p);
        return new Part(runs(owner.length, i -> owner[i] == p), ionRuns, instances,
                Pieces.of(start, end, deferred, SHORT_PIECES, matrix));
    }

    /**
     * @return the runs, with any two whose gap is at most {@code maxGap} nodes, all {@code ok}, made
     *     one. The ion currents are cleared by runs, one {@code Arrays.fill} each: where hh sits on
     *     every other node (the network's cells: a segment, then the section's end) that was 400
     *     fills of one node per step, 11 % of the network's time. Clearing a gap node too is
     *     harmless: no mechanism writes or reads its ion currents, which stay zero.
     */
    private static int[] bridged(int[] runs, int maxGap, java.util.function.IntPredicate ok) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < runs.length; j += 2) {
            int last = out.size() - 1;
            if (last > 0 && runs[j] - out.get(last) <= maxGap && allIn(out.get(last), runs[j], ok)) {
                out.set(last, runs[j + 1]);
            } else {
                out.add(runs[j]);
                out.add(runs[j + 1]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean allIn(int from, int to, java.util.function.IntPredicate ok) {
        for (int i = from; i < to; i++) {
            if (!ok.test(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return per node, whether its ion currents need clearing each step: where a mechanism uses
     *     na or k (its type lists the ion, so it is marked present there); elsewhere no mechanism
     *     writes them and they stay zero
     */
    private static boolean[] ionNodes(Runtime r) {
        CableState s = r.state;
        boolean[] ion = new boolean[s.size];
        for (int i = 0; i < ion.length; i++) {
            for (IonState species : s.ions) {
                ion[i] |= species.present[i];
            }
        }
        return ion;
    }

    /** @return {@code [from, to)} pairs of the maximal runs of indices below n that are in the set */
    private static int[] runs(int n, java.util.function.IntPredicate in) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (in.test(i) && (i == 0 || !in.test(i - 1))) {
                out.add(i);
            }
            if (in.test(i) && (i == n - 1 || !in.test(i + 1))) {
                out.add(i + 1);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- the three phases ---------------------------------------------------------------------

    /**
     * Phase 1 for one part: currents and conductances of its instances, then the axial terms and,
     * if asked, the triangularisation of its subtrees.
     */
    void setup(int p, double cfac, boolean eliminate) {
        Part q = part[p];
        CableState s = state;
        int[] nodes = q.nodes;
        for (int j = 0; j < nodes.length; j += 2) {
            Arrays.fill(s.rhs, nodes[j], nodes[j + 1], 0.);
            Arrays.fill(s.d, nodes[j], nodes[j + 1], 0.);
        }
        int[] ion = q.ionNodes;
        for (int j = 0; j < ion.length; j += 2) {
            for (IonState species : s.ions) {
                clear(species, ion[j], ion[j + 1]);
                if (species.advancing()) {
                    species.advance(ion[j], ion[j + 1], s.clock.celsius);
                }
            }
        }
        runMechanisms(q, s, true);
        if (eliminate) {
            HinesSolver.axialAndEliminate(q.pieces, matrix, cfac);
        } else {
            HinesSolver.axial(q.pieces, matrix, cfac);
        }
        if (p == 0 && topAxialEarly) {
            topPieces(cfac);
        }
    }

    /** The axial terms of the top's pieces, in increasing order. */
    private void topPieces(double cfac) {
        for (int j = 0; j < serialStart.length; j++) {
            if (serialEnd[j] >= 0) {
                HinesSolver.axialPiece(serialStart[j], serialEnd[j], false, matrix, cfac);
            }
        }
    }

    private static void clear(IonState ion, int from, int to) {
        Arrays.fill(ion.cur, from, to, 0.);
        Arrays.fill(ion.dcurdv, from, to, 0.);
    }

    /**
     * Phase 2, on one thread: the top's axial terms (unless part 0 did them in phase 1), with the
     * subtrees' deferred shares in order.
     */
    void topAxial(double cfac) {
        Matrix m = matrix;
        for (int j = 0; j < serialStart.length; j++) {
            if (serialEnd[j] < 0) {
                HinesSolver.applyAxial(serialStart[j], m);
            } else if (!topAxialEarly) {
                HinesSolver.axialPiece(serialStart[j], serialEnd[j], false, m, cfac);
            }
        }
    }

    /**
     * Phase 2 of a step, on one thread: the top's axial terms (unless part 0 did them in phase 1),
     * its triangularisation, the roots and its back substitution.
     */
    void topStep(double cfac) {
        if (wave != null) {
            wave.solve(matrix, cfac);
        } else {
            topAxial(cfac);
            topSolve();
        }
    }

    /** Phase 2, on one thread: the top's triangularisation, the roots and its back substitution. */
    void topSolve() {
        Matrix m = matrix;
        for (int j = serialStart.length - 1; j >= 0; j--) {
            if (serialEnd[j] < 0) {
                HinesSolver.applyElimination(serialStart[j], m);
            } else {
                HinesSolver.eliminatePiece(serialStart[j], serialEnd[j], false, m);
            }
        }
        double[] rhs = m.rhs;
        double[] d = m.d;
        for (int i = 0; i < rootCount; ++i) {
            rhs[i] /= d[i];
        }
        for (int j = 0; j < serialStart.length; j++) {
            if (serialEnd[j] >= 0) {
                HinesSolver.backPiece(serialStart[j], serialEnd[j], m);
            }
        }
    }

    /**
     * Phase 3 for one part: back substitution of its subtrees, the secondorder = 2 ion correction,
     * {@code v += rhs} (twice rhs for Crank-Nicolson) on its nodes, then, if every v it updated is
     * finite, the states of its instances.
     *
     * @return the sum of the v it updated (finite unless some v is not)
     */
    double finish(int p, int secondorder) {
        Part q = part[p];
        CableState s = state;
        HinesSolver.backSubstitute(q.pieces, matrix);
        int[] nodes = q.nodes;
        double sum = 0;
        for (int j = 0; j < nodes.length; j += 2) {
            if (secondorder == 2) {
                for (IonState species : s.ions) {
                    secondOrderCurrent(species, s.rhs, nodes[j], nodes[j + 1]);
                }
            }
            for (int i = nodes[j], to = nodes[j + 1]; i < to; i += CHUNK) {
                sum += update(s.v, s.rhs, i, Math.min(to, i + CHUNK), secondorder != 0);
            }
        }
        if (Double.isFinite(sum)) {
            runMechanisms(q, s, false);
        }
        return sum;
    }

    /**
     * Every mechanism's {@code current} (or, if not {@code current}, {@code state}) on the part's
     * instances, in mechanism order, {@link #CHUNK} instances per call.
     */
    private void runMechanisms(Part q, CableState s, boolean current) {
        Mechanism[] mechs = mechanisms;
        for (int m = 0; m < mechs.length; m++) {
            int[] ranges = q.instances[m];
            Mechanism mech = mechs[m];
            for (int j = 0; j < ranges.length; j += 2) {
                for (int k = ranges[j], to = ranges[j + 1]; k < to; k += CHUNK) {
                    if (current) {
                        mech.current(s, k, Math.min(to, k + CHUNK));
                    } else {
                        mech.state(s, k, Math.min(to, k + CHUNK));
                    }
                }
            }
        }
    }

    private static void secondOrderCurrent(IonState ion, double[] rhs, int from, int to) {
        boolean[] present = ion.present;
        for (int i = from; i < to; i++) {
            if (present[i]) {
                ion.cur[i] += ion.dcurdv[i] * rhs[i];
            }
        }
    }

    private static double update(double[] v, double[] rhs, int from, int to, boolean crankNicolson) {
        double sum = 0;
        if (crankNicolson) {
            for (int i = from; i < to; i++) {
                v[i] += 2. * rhs[i];
                sum += v[i];
            }
        } else {
            for (int i = from; i < to; i++) {
                v[i] += rhs[i];
                sum += v[i];
            }
        }
        return sum;
    }

    /** The tree as maximal pieces ("chains"): runs of nodes whose parent is the node before. */
    static final class Chains {
        final int[] start;
        final int[] end;
        final int[] parentChain;
        final int[] chainOf;
        final double[] w;
        final double[] subtree;
        final List<List<Integer>> children = new ArrayList<>();
        private final int[] parent;

        Chains(int[] parent, int rootCount, double[] w) {
            this.parent = parent;
            this.w = w;
            int n = parent.length;
            chainOf = new int[n];
            Arrays.fill(chainOf, -1);
            List<Integer> starts = new ArrayList<>();
            for (int i = rootCount; i < n; i++) {
                if (i == rootCount || parent[i] != i - 1) {
                    starts.add(i);
                }
                chainOf[i] = starts.size() - 1;
            }
            int count = starts.size();
            start = new int[count];
            end = new int[count];
            parentChain = new int[count];
            for (int c = 0; c < count; c++) {
                start[c] = starts.get(c);
                end[c] = c + 1 < count ? starts.get(c + 1) - 1 : n - 1;
                parentChain[c] = chainOf[parent[start[c]]]; // -1 for a root
                children.add(new ArrayList<>());
            }
            for (int c = 0; c < count; c++) {
                if (parentChain[c] >= 0) {
                    children.get(parentChain[c]).add(c);
                }
            }
            subtree = new double[count];
            for (int c = count - 1; c >= 0; c--) {
                subtree[c] = runWeight(start[c], end[c]);
                for (int child : children.get(c)) {
                    subtree[c] += subtree[child];
                }
            }
        }

        int count() {
            return start.length;
        }

        /** @return whether chain c has at least two nodes and nothing attached to it but its own next nodes */
        boolean isLeaf(int c) {
            return children.get(c).isEmpty() && end[c] > start[c];
        }

        double runWeight(int from, int to) {
            double sum = 0;
            for (int i = from; i <= to; i++) {
                sum += w[i];
            }
            return sum;
        }

        /** @return the child chains of chain c attached at nodes from x on */
        List<Integer> childrenFrom(int c, int x) {
            List<Integer> out = new ArrayList<>();
            for (int child : children.get(c)) {
                if (parent[start[child]] >= x) {
                    out.add(child);
                }
            }
            return out;
        }

        /** @return the weight of chain c from node x on, with everything attached below */
        double tailWeight(int c, int x) {
            double sum = runWeight(x, end[c]);
            for (int child : childrenFrom(c, x)) {
                sum += subtree[child];
            }
            return sum;
        }

        /** Adds the pieces of the subtree (chain c from node x) and marks its nodes as part p's. */
        void collect(int c, int x, List<int[]> pieces, int[] owner, int p) {
            pieces.add(new int[] {x, end[c], 1});
            Arrays.fill(owner, x, end[c] + 1, p);
            List<Integer> stack = new ArrayList<>(childrenFrom(c, x));
            while (!stack.isEmpty()) {
                int k = stack.remove(stack.size() - 1);
                pieces.add(new int[] {start[k], end[k], 0});
                Arrays.fill(owner, start[k], end[k] + 1, p);
                stack.addAll(children.get(k));
            }
        }
    }
}
