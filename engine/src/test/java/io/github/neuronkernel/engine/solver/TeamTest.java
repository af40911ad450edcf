package io.github.neuronkernel.engine.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The caller and the helper thread running the two parts of a phase. */
class TeamTest {
    @Test
    void bothPartsFailingReportBothOnceAndTheNextPhaseRunsClean() throws InterruptedException {
        Team team = new Team();
        // A helper of another test's simulation may hold the JVM's one helper permit for up to a
        // second after its last step; try until this team gets a helper of its own.
        IllegalStateException e = null;
        for (long until = System.nanoTime() + 5_000_000_000L; e == null && System.nanoTime() < until; ) {
            CountDownLatch partOneStarted = new CountDownLatch(1);
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> team.run(p -> {
                if (p == 1) {
                    partOneStarted.countDown();
                    throw new IllegalArgumentException("part 1");
                }
                try {
                    partOneStarted.await(200, TimeUnit.MILLISECONDS); // the helper, not the caller, takes part 1
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("part 0");
            }));
            assertEquals("part 0", thrown.getMessage());
            e = partOneStarted.getCount() == 0 ? thrown : null;
        }
        assumeTrue(e != null, "no helper thread free in this JVM: nothing to check");
        assertEquals(1, e.getSuppressed().length, "the helper's failure goes with the caller's");
        assertEquals("part 1", e.getSuppressed()[0].getMessage());

        int[] ran = new int[2];
        team.run(p -> ran[p]++); // must not throw the earlier step's failure
        team.run(p -> ran[p]++);
        assertEquals(2, ran[0]);
        assertEquals(2, ran[1]);
    }
}
