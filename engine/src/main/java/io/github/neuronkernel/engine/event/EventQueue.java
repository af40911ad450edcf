package io.github.neuronkernel.engine.event;

import java.util.Arrays;

/**
 * A priority queue of events in NEURON's delivery order (see {@code DESIGN.md}): a cached least
 * item plus a binary heap keyed on (time, entry sequence). Events are (time, kind, target, flag)
 * tuples held in parallel arrays; nothing is allocated per event once the arrays have grown.
 */
public final class EventQueue {
    private double leastTime;
    private int leastKind;
    private int leastTarget;
    private double leastFlag;
    private boolean hasLeast;

    private double[] time = new double[64];
    private long[] seq = new long[64];
    private int[] kind = new int[64];
    private int[] target = new int[64];
    private double[] flag = new double[64];
    private int size;
    private long nextSeq;

    /** Time (ms) of the event last taken by {@link #poll}. */
    double polledTime;
    /** Kind of the event last taken by {@link #poll}. */
    int polledKind;
    /** Target index of the event last taken by {@link #poll}. */
    int polledTarget;
    /** Flag of the event last taken by {@link #poll}. */
    double polledFlag;

    /** Removes every event. */
    public void clear() {
        hasLeast = false;
        size = 0;
        nextSeq = 0;
    }

    /**
     * Queues an event (NEURON's TQueue::insert).
     *
     * @param t delivery time (ms)
     * @param eventKind what kind of receiver
     * @param eventTarget index of the receiver
     * @param eventFlag NET_RECEIVE flag (0 for NetCon events)
     */
    public void insert(double t, int eventKind, int eventTarget, double eventFlag) {
        if (!hasLeast) { // then the heap is empty too: poll refills least from the heap
            setLeast(t, eventKind, eventTarget, eventFlag);
        } else if (t < leastTime) {
            heapInsert(leastTime, leastKind, leastTarget, leastFlag);
            setLeast(t, eventKind, eventTarget, eventFlag);
        } else {
            heapInsert(t, eventKind, eventTarget, eventFlag);
        }
    }

    /**
     * Takes the least event if its time is at most {@code til} (NEURON's atomic_dq); its fields are
     * then in {@code polled*}.
     *
     * @return whether an event was taken
     */
    public boolean poll(double til) {
        if (!hasLeast || leastTime > til) {
            return false;
        }
        polledTime = leastTime;
        polledKind = leastKind;
        polledTarget = leastTarget;
        polledFlag = leastFlag;
        hasLeast = false;
        if (size > 0) {
            setLeast(time[0], kind[0], target[0], flag[0]);
            removeTop();
        }
        return true;
    }

    private void setLeast(double t, int k, int tg, double f) {
        leastTime = t;
        leastKind = k;
        leastTarget = tg;
        leastFlag = f;
        hasLeast = true;
    }

    private void heapInsert(double t, int k, int tg, double f) {
        if (size == time.length) {
            grow();
        }
        long s = nextSeq++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(t, s, time[parent], seq[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        put(i, t, s, k, tg, f);
    }

    private void removeTop() {
        int last = --size;
        if (last == 0) {
            return;
        }
        double t = time[last];
        long s = seq[last];
        int k = kind[last];
        int tg = target[last];
        double f = flag[last];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= last) {
                break;
            }
            if (child + 1 < last && before(time[child + 1], seq[child + 1], time[child], seq[child])) {
                child++;
            }
            if (!before(time[child], seq[child], t, s)) {
                break;
            }
            move(child, i);
            i = child;
        }
        put(i, t, s, k, tg, f);
    }

    private static boolean before(double t1, long s1, double t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }

    private void move(int from, int to) {
        time[to] = time[from];
        seq[to] = seq[from];
        kind[to] = kind[from];
        target[to] = target[from];
        flag[to] = flag[from];
    }

    private void put(int i, double t, long s, int k, int tg, double f) {
        time[i] = t;
        seq[i] = s;
        kind[i] = k;
        target[i] = tg;
        flag[i] = f;
    }

    private void grow() {
        int n = 2 * time.length;
        time = Arrays.copyOf(time, n);
        seq = Arrays.copyOf(seq, n);
        kind = Arrays.copyOf(kind, n);
        target = Arrays.copyOf(target, n);
        flag = Arrays.copyOf(flag, n);
    }
}
