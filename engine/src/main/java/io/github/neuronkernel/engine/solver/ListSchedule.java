package io.github.neuronkernel.engine.solver;

import java.util.PriorityQueue;

/**
 * An order of a dependency graph's nodes that keeps each node a few places after what it waits
 * for, so that a processor running them in that order finds independent work beside every
 * dependent one.
 *
 * <p>Why: in {@link TopWave} each node's pivot waits for its children's (a division, some 25
 * cycles from one to the next), and the processor overlaps only what lies within a few nodes of
 * each other in program order. Visiting the top by height puts every independent node early and
 * leaves the long apical trunk (the CA1 cell: its last 67 heights) one node at a time, each waiting
 * for the one before. A list schedule (greedy, as for instruction scheduling) instead takes, at each
 * place, the most urgent node whose inputs are at least {@code gap} places back, so the trunk's
 * nodes are spread among the short branches' ones. The order changes which nodes run beside each
 * other, never what any node computes.
 */
final class ListSchedule {
    private ListSchedule() {}

    /**
     * @param count the nodes, numbered 0 to count-1
     * @param waitsFor per node, the nodes it must come after
     * @param urgency per node, higher first when several may go (the length of the longest path
     *     of waiting nodes after it)
     * @param gap places wanted between a node and what it waits for
     * @return the nodes in order; each comes after all it waits for
     * @throws IllegalArgumentException if the graph has a cycle
     */
    static int[] order(int count, int[][] waitsFor, int[] urgency, int gap) {
        int[] missing = new int[count];
        int[][] waiters = waiters(count, waitsFor, missing);
        int[] earliest = new int[count];
        // waiting: inputs done, too recent (by earliest place); ready: may go now (most urgent first)
        PriorityQueue<Integer> waiting = new PriorityQueue<>(
                (x, y) -> earliest[x] != earliest[y] ? Integer.compare(earliest[x], earliest[y]) : byUrgency(urgency, x, y));
        PriorityQueue<Integer> ready = new PriorityQueue<>((x, y) -> byUrgency(urgency, x, y));
        for (int k = 0; k < count; k++) {
            if (missing[k] == 0) {
                ready.add(k);
            }
        }
        int[] out = new int[count];
        for (int place = 0; place < count; place++) {
            while (!waiting.isEmpty() && earliest[waiting.peek()] <= place) {
                ready.add(waiting.poll());
            }
            Integer next = !ready.isEmpty() ? ready.poll() : waiting.poll();
            if (next == null) {
                throw new IllegalArgumentException("the dependencies form a cycle");
            }
            out[place] = next;
            for (int w : waiters[next]) {
                earliest[w] = Math.max(earliest[w], place + gap);
                if (--missing[w] == 0) {
                    waiting.add(w);
                }
            }
        }
        return out;
    }

    private static int byUrgency(int[] urgency, int x, int y) {
        return urgency[x] != urgency[y] ? Integer.compare(urgency[y], urgency[x]) : Integer.compare(x, y);
    }

    /** The reverse of waitsFor; counts each node's inputs into missing. */
    private static int[][] waiters(int count, int[][] waitsFor, int[] missing) {
        int[] n = new int[count];
        for (int k = 0; k < count; k++) {
            missing[k] = waitsFor[k].length;
            for (int x : waitsFor[k]) {
                n[x]++;
            }
        }
        int[][] waiters = new int[count][];
        for (int k = 0; k < count; k++) {
            waiters[k] = new int[n[k]];
            n[k] = 0;
        }
        for (int k = 0; k < count; k++) {
            for (int x : waitsFor[k]) {
                waiters[x][n[x]++] = k;
            }
        }
        return waiters;
    }
}
