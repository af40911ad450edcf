package io.github.neuronkernel.engine.event;

import java.util.Arrays;

/**
 * A priority queue of events in NEURON's delivery order (see {@code DESIGN.md}): a cached least
 * item plus a binary heap keyed on (time, entry sequence). Events are (time, kind, target, flag)
 * tuples held in parallel arrays; nothing is allocated per event once the arrays have grown. A
 * self-event with flag 1 can be found again by a handle and moved (NEURON's {@code net_move}).
 */
public final class EventQueue {
    private static final int NOWHERE = -1;
    private static final int LEAST = -2;

    private double leastTime;
    private int leastKind;
    private int leastTarget;
    private double leastFlag;
    private int leastHandle = -1;
    private boolean hasLeast;

    private double[] time = new double[64];
    private long[] seq = new long[64];
    private int[] kind = new int[64];
    private int[] target = new int[64];
    private double[] flag = new double[64];
    /** The movable item's handle (see {@link #insertMovable}), or -1. */
    private int[] handle = new int[64];
    private int size;
    private long nextSeq;
    /** Per handle: where its item is (a heap index, {@link #LEAST} or {@link #NOWHERE}). */
    private int[] where = new int[0];

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
        leastHandle = -1;
        size = 0;
        nextSeq = 0;
        Arrays.fill(where, NOWHERE);
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
        insert(t, eventKind, eventTarget, eventFlag, -1);
    }

    /**
     * Queues an event that {@link #move} can find again by its handle, as NEURON keeps the queue
     * item of a {@code net_send} with flag 1 in the sender's {@code _tqitem}. An earlier item with
     * the same handle stays queued but can no longer be moved.
     *
     * @param h the handle, at least 0 (the sender's self-event number)
     */
    public void insertMovable(double t, int eventKind, int eventTarget, double eventFlag, int h) {
        if (h >= where.length) {
            int old = where.length;
            where = Arrays.copyOf(where, Math.max(h + 1, 2 * old));
            Arrays.fill(where, old, where.length, NOWHERE);
        }
        forget(h);
        insert(t, eventKind, eventTarget, eventFlag, h);
    }

    /** Makes the item of handle h, if queued, an ordinary one. */
    public void forget(int h) {
        if (h >= where.length) {
            return;
        }
        int w = where[h];
        if (w == LEAST) {
            leastHandle = -1;
        } else if (w >= 0) {
            handle[w] = -1;
        }
        if (w != NOWHERE) {
            where[h] = NOWHERE;
        }
    }

    /** @return whether an item of handle h is queued */
    public boolean isQueued(int h) {
        return h < where.length && where[h] != NOWHERE;
    }

    /**
     * Moves the queued item of handle h to time {@code tnew}, as NEURON's TQueue::move does: the
     * least item keeps its place unless the new time is later than the next item's (then it
     * re-enters behind the items of equal time); another item becomes the least if it is now
     * earlier than the least (which then re-enters), otherwise it re-enters behind the items of
     * equal time.
     *
     * @return false if no item of that handle is queued
     */
    public boolean move(int h, double tnew) {
        if (!isQueued(h)) {
            return false;
        }
        int w = where[h];
        if (w == LEAST) {
            leastTime = tnew;
            if (size > 0 && tnew > time[0]) {
                int k = leastKind;
                int tg = leastTarget;
                double f = leastFlag;
                setLeast(time[0], kind[0], target[0], flag[0], handle[0]);
                removeAt(0);
                heapInsert(tnew, k, tg, f, h);
            }
        } else {
            int k = kind[w];
            int tg = target[w];
            double f = flag[w];
            removeAt(w);
            if (tnew < leastTime) {
                heapInsert(leastTime, leastKind, leastTarget, leastFlag, leastHandle);
                setLeast(tnew, k, tg, f, h);
            } else {
                heapInsert(tnew, k, tg, f, h);
            }
        }
        return true;
    }

    private void insert(double t, int eventKind, int eventTarget, double eventFlag, int h) {
        if (!hasLeast) { // then the heap is empty too: poll refills least from the heap
            setLeast(t, eventKind, eventTarget, eventFlag, h);
        } else if (t < leastTime) {
            heapInsert(leastTime, leastKind, leastTarget, leastFlag, leastHandle);
            setLeast(t, eventKind, eventTarget, eventFlag, h);
        } else {
            heapInsert(t, eventKind, eventTarget, eventFlag, h);
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
        if (leastHandle >= 0) {
            where[leastHandle] = NOWHERE;
            leastHandle = -1;
        }
        if (size > 0) {
            setLeast(time[0], kind[0], target[0], flag[0], handle[0]);
            removeAt(0);
        }
        return true;
    }

    private void setLeast(double t, int k, int tg, double f, int h) {
        leastTime = t;
        leastKind = k;
        leastTarget = tg;
        leastFlag = f;
        leastHandle = h;
        hasLeast = true;
        if (h >= 0) {
            where[h] = LEAST;
        }
    }

    private void heapInsert(double t, int k, int tg, double f, int h) {
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
        put(i, t, s, k, tg, f, h);
    }

    /** Removes heap item i (its handle, if any, must be dealt with by the caller). */
    private void removeAt(int i) {
        int last = --size;
        if (i == last) {
            return;
        }
        double t = time[last];
        long s = seq[last];
        int k = kind[last];
        int tg = target[last];
        double f = flag[last];
        int h = handle[last];
        while (i > 0) { // the last item may belong above i
            int parent = (i - 1) >>> 1;
            if (!before(t, s, time[parent], seq[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
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
        put(i, t, s, k, tg, f, h);
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
        int h = handle[from];
        handle[to] = h;
        if (h >= 0) {
            where[h] = to;
        }
    }

    private void put(int i, double t, long s, int k, int tg, double f, int h) {
        time[i] = t;
        seq[i] = s;
        kind[i] = k;
        target[i] = tg;
        flag[i] = f;
        handle[i] = h;
        if (h >= 0) {
            where[h] = i;
        }
    }

    private void grow() {
        int n = 2 * time.length;
        time = Arrays.copyOf(time, n);
        seq = Arrays.copyOf(seq, n);
        kind = Arrays.copyOf(kind, n);
        target = Arrays.copyOf(target, n);
        flag = Arrays.copyOf(flag, n);
        handle = Arrays.copyOf(handle, n);
    }
}
