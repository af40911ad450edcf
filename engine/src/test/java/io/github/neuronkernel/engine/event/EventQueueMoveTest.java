package io.github.neuronkernel.engine.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link EventQueue}'s movable items against a plain model of NEURON's TQueue: one cached least
 * item plus a list ordered by time in which a new item goes after every item of equal time;
 * insert, dequeue and move (TQueue::move: the least keeps its place unless its new time is later
 * than the list's first; another item becomes the least if it is now earlier than the least, which
 * then goes back into the list; otherwise it goes back into the list at its new time). Times are
 * drawn from a few values so that ties are common.
 */
class EventQueueMoveTest {
    /** An item of the model: time, target (its identity) and flag. */
    private static final class Item {
        double t;
        final int target;

        Item(double t, int target) {
            this.t = t;
            this.target = target;
        }
    }

    /** NEURON's ordering rules, written plainly. */
    private static final class Model {
        Item least;
        final List<Item> tree = new ArrayList<>();

        void enqueue(Item i) { // after every item of equal time
            int k = 0;
            while (k < tree.size() && tree.get(k).t <= i.t) {
                k++;
            }
            tree.add(k, i);
        }

        void insert(Item i) {
            if (least == null) {
                least = i;
            } else if (i.t < least.t) {
                enqueue(least);
                least = i;
            } else {
                enqueue(i);
            }
        }

        Item poll(double til) {
            if (least == null || least.t > til) {
                return null;
            }
            Item r = least;
            least = tree.isEmpty() ? null : tree.remove(0);
            return r;
        }

        void move(Item i, double tnew) {
            if (i == least) {
                i.t = tnew;
                if (!tree.isEmpty() && tnew > tree.get(0).t) {
                    least = tree.remove(0);
                    enqueue(i);
                }
            } else if (tnew < least.t) {
                tree.remove(i);
                i.t = tnew;
                enqueue(least);
                least = i;
            } else {
                tree.remove(i);
                i.t = tnew;
                enqueue(i);
            }
        }
    }

    @Test
    void movesMatchNeuronsQueue() {
        for (long seed = 1; seed <= 200; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            EventQueue q = new EventQueue();
            Model m = new Model();
            Item[] movable = new Item[6]; // per handle, the model's movable item
            int nextTarget = 0;
            double now = 0;
            for (int step = 0; step < 400; step++) {
                int op = r.nextInt(10);
                double t = now + r.nextInt(6) * 0.5;
                if (op < 3) { // an ordinary event
                    Item i = new Item(t, nextTarget++);
                    q.insert(t, 0, i.target, 0);
                    m.insert(i);
                } else if (op < 5) { // a movable event: an earlier one of that handle stays, unmovable
                    int h = r.nextInt(movable.length);
                    Item i = new Item(t, nextTarget++);
                    q.insertMovable(t, 2, i.target, 1, h);
                    m.insert(i);
                    movable[h] = i;
                } else if (op < 8) { // move
                    int h = r.nextInt(movable.length);
                    boolean queued = movable[h] != null;
                    assertEquals(queued, q.isQueued(h), "seed " + seed + " step " + step);
                    assertEquals(queued, q.move(h, t));
                    if (queued) {
                        m.move(movable[h], t);
                    }
                } else { // deliver up to a time
                    double til = now + r.nextInt(3) * 0.5;
                    while (true) {
                        Item want = m.poll(til);
                        boolean polled = q.poll(til);
                        assertEquals(want != null, polled, "seed " + seed + " step " + step);
                        if (want == null) {
                            break;
                        }
                        assertEquals(want.t, q.polledTime, "seed " + seed + " step " + step);
                        assertEquals(want.target, q.polledTarget, "seed " + seed + " step " + step);
                        for (int h = 0; h < movable.length; h++) {
                            if (movable[h] == want) {
                                movable[h] = null;
                            }
                        }
                    }
                    now = til;
                }
            }
            q.clear();
            for (int h = 0; h < movable.length; h++) {
                assertFalse(q.isQueued(h));
            }
        }
    }

    @Test
    void aSecondMovableEventOfOneHandleLeavesTheFirstQueued() {
        EventQueue q = new EventQueue();
        q.insertMovable(5, 2, 7, 1, 0);
        q.insertMovable(3, 2, 8, 1, 0);
        assertTrue(q.move(0, 9));
        assertTrue(q.poll(10));
        assertEquals(5, q.polledTime);
        assertEquals(7, q.polledTarget);
        assertTrue(q.isQueued(0));
        assertTrue(q.poll(10));
        assertEquals(9, q.polledTime);
        assertFalse(q.isQueued(0));
        assertFalse(q.move(0, 11));
    }
}
