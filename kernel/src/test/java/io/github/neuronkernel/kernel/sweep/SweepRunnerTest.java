package io.github.neuronkernel.kernel.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.kernel.display.DisplaySink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Points run side by side; failures stay in their row; the rows come back in point order. */
class SweepRunnerTest {
    private static final Map<String, List<?>> FOUR = Map.of("i", List.of(0, 1, 2, 3));

    @AfterEach
    void noWorkerIsLeft() {
        assertEquals(List.of(), SweepThreads.alive());
    }

    private static SweepTable run(Map<String, ? extends List<?>> grid, int threads, Function<SweepPoint, Map<String, ?>> fn) {
        return SweepRunner.run(grid, threads, fn, DisplaySink.NONE);
    }

    @Test
    void rowsComeBackInPointOrderWhateverOrderTheyFinishIn() {
        SweepTable table = run(FOUR, 2, p -> {
            sleep(40 - 10 * p.index());
            return Map.of("twice", 2 * p.get("i"));
        });
        assertEquals(List.of("i"), table.parameterNames());
        assertEquals(List.of("twice"), table.resultNames());
        for (int i = 0; i < 4; i++) {
            assertEquals(Map.of("i", i), table.rows().get(i).parameters());
            assertEquals(Map.of("twice", 2.0 * i), table.rows().get(i).results());
            assertEquals(SweepTable.OK, table.rows().get(i).status());
            assertNull(table.rows().get(i).error());
            assertTrue(table.rows().get(i).seconds() > 0);
        }
    }

    @Test
    void pointsRunSideBySideOnTheThreadsAsked() throws InterruptedException {
        CountDownLatch together = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        SweepTable table = run(FOUR, 2, p -> {
            threads.add(Thread.currentThread().getName());
            together.countDown();
            try {
                // each of the first two points waits for the other: they can only both finish side by side
                return Map.of("met", together.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(table.rows().stream().allMatch(r -> r.results().get("met").equals(true)), table.toString());
        assertEquals(2, threads.size(), threads.toString());
        threads.clear();
        run(FOUR, 1, p -> Map.of("name", threads.add(Thread.currentThread().getName())));
        assertEquals(1, threads.size(), "one thread takes every point in turn");
    }

    @Test
    void aFailingPointIsARowAndTheOthersGoOn() {
        SweepTable table = run(FOUR, 2, p -> {
            if (p.index() == 1) {
                throw new ArithmeticException("/ by zero");
            }
            if (p.index() == 2) {
                throw new StackOverflowError();
            }
            return Map.of("n", p.index());
        });
        assertEquals(List.of("ok", "failed", "failed", "ok"), table.rows().stream().map(SweepTable.Row::status).toList());
        assertEquals("ArithmeticException: / by zero", table.rows().get(1).error());
        assertEquals("StackOverflowError", table.rows().get(2).error());
        assertEquals(Map.of(), table.rows().get(1).results());
        assertEquals("4 points: 2 ok, 2 failed", table.summary());
    }

    @Test
    void resultsThatAreNotValuesFailTheirPointNamingItAndTheKey() {
        Map<String, List<?>> grid = Map.of("amp", List.of(0.1, 0.2, 0.3, 0.4));
        SweepTable table = run(grid, 2, p -> switch (p.index()) {
            case 0 -> Map.of("trace", new double[] {1, 2});
            case 1 -> null;
            case 2 -> Map.of("amp", 1);
            default -> Map.of("list", List.of(1));
        });
        assertEquals(4, table.count(SweepTable.FAILED));
        assertEquals("IllegalArgumentException: result \"trace\" of point 0 (amp=0.1) is a double[], not a number,"
                + " string or boolean; return a single value such as its size, its first element or its mean",
                table.rows().get(0).error());
        assertTrue(table.rows().get(1).error().contains("the function returned null for point 1 (amp=0.2)"), table.rows().get(1).error());
        assertTrue(table.rows().get(2).error().contains("result \"amp\" of point 2 (amp=0.3) has the name of a parameter"),
                table.rows().get(2).error());
        assertTrue(table.rows().get(3).error().contains("not a number, string or boolean; return a single value"), table.rows().get(3).error());
    }

    @Test
    void resultColumnsAreTheUnionInTheOrderFirstMet() {
        SweepTable table = run(FOUR, 2, p -> {
            sleep(30 - 10 * p.index()); // later points finish first: the order must not depend on it
            return switch (p.index()) {
                case 0 -> Map.of("zeta", 1, "alpha", 2); // Map.of: sorted
                case 1 -> new LinkedHashMap<>(Map.of("mid", 3));
                case 2 -> linked("last", 4, "beta", 5); // a LinkedHashMap keeps its order
                default -> Map.of("alpha", 6);
            };
        });
        assertEquals(List.of("alpha", "zeta", "mid", "last", "beta"), table.resultNames());
        assertEquals(List.of("last", "beta"), List.copyOf(table.rows().get(2).results().keySet()));
        assertFalse(table.toCsv().contains("null"));
    }

    @Test
    void badArgumentsAreExplained() {
        String threads = assertThrows(IllegalArgumentException.class, () -> run(FOUR, 0, p -> Map.of())).getMessage();
        assertTrue(threads.startsWith("sweep: threads = 0; use 1 or more"), threads);
        String fn = assertThrows(IllegalArgumentException.class, () -> run(FOUR, 1, null)).getMessage();
        assertTrue(fn.startsWith("sweep: the function is null"), fn);
    }

    @Test
    void progressShowsThenGivesWayToASummary() {
        RecordingSink sink = new RecordingSink();
        SweepTable table = SweepRunner.run(FOUR, 2, p -> {
            if (p.index() == 3) {
                throw new IllegalStateException("no");
            }
            return Map.of("n", 1);
        }, sink);
        assertEquals(4, table.rows().size());
        String first = sink.events.get(0);
        assertTrue(first.matches("display neuron-sweep-\\d+-\\d+: sweep of 4 points on 2 threads running \\.\\.\\."), first);
        String id = first.substring("display ".length(), first.indexOf(':'));
        String last = sink.events.get(sink.events.size() - 1);
        assertTrue(last.startsWith("update " + id + ": sweep: 4 points: 3 ok, 1 failed; "), last);
        assertTrue(last.matches(".* s on 2 threads, [\\d.]+ points/s"), last);
        assertTrue(sink.events.stream().skip(1).allMatch(e -> e.startsWith("update " + id)), sink.events.toString());
    }

    @Test
    void progressUpdatesAFewTimesASecond() {
        RecordingSink sink = new RecordingSink();
        long[] now = {0};
        SweepProgress progress = new SweepProgress(sink, 64, 2, () -> now[0]);
        progress.start();
        for (int done = 1; done <= 20; done++) {
            now[0] += 50_000_000L; // a point every 50 ms
            progress.update(done, done / 10);
        }
        assertEquals(1 + 4, sink.events.size(), sink.events.toString());
        assertTrue(sink.events.get(1).endsWith("] 5/64 points, 0 failed, 0.3 s"), sink.events.get(1));
        assertTrue(sink.events.get(4).endsWith("] 20/64 points, 2 failed, 1.0 s"), sink.events.get(4));
    }

    private static Map<String, Object> linked(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(Math.max(0, ms));
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted", e);
        }
    }
}
