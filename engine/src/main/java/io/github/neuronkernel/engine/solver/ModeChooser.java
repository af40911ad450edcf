package io.github.neuronkernel.engine.solver;

/**
 * Chooses, while a simulation runs, whether its steps use the helper thread: it times a block of
 * steps on one thread and a block on two, keeps the faster way for a while, then times both again.
 * On an idle two-processor machine two threads win; when other processes keep a processor busy,
 * every hand-off waits for a descheduled thread and one thread wins. The results are the same
 * either way, so this only decides the speed.
 */
final class ModeChooser {
    /** Steps per timed block. */
    private static final int BLOCK = 32;
    /** Blocks run the chosen way before both are timed again. */
    private static final int KEEP_BLOCKS = 48;
    /**
     * While two threads keep losing (another process holds a processor, so each hand-off waits
     * for the scheduler and a trial block can take ten times longer), the wait before the next
     * trial doubles, up to this many blocks.
     */
    private static final int MAX_KEEP_BLOCKS = 48 * 4;

    private static final boolean TRACE = Boolean.getBoolean("neuronkernel.traceMode");
    private boolean together;
    private boolean trying = true;
    private int step;
    private int blocksLeft;
    private int keep = KEEP_BLOCKS;
    private boolean settled;
    private long blockStart;
    private long alone = -1;
    private long both = -1;

    /** @return whether the next step should use the helper (call once per step, before it) */
    boolean together() {
        if (step == 0) {
            blockStart = System.nanoTime();
        }
        return together;
    }

    /** Ends a step that ran as {@link #together()} said. */
    void stepped() {
        if (++step < BLOCK) {
            return;
        }
        step = 0;
        long took = System.nanoTime() - blockStart;
        if (!trying) {
            if (--blocksLeft <= 0) {
                trying = true;
                alone = -1;
                both = -1;
                together = !together; // time the other way first; the current one next
            }
            return;
        }
        if (!settled) {
            settled = true; // the first block after a switch wakes the helper (or lets it sleep): not timed
            return;
        }
        settled = false;
        if (together) {
            both = took;
        } else {
            alone = took;
        }
        if (alone < 0 || both < 0) {
            together = !together;
            return;
        }
        together = both < alone;
        if (TRACE) {
            System.err.printf("mode: alone %d us, both %d us -> %s%n", alone / 1000, both / 1000,
                    together ? "two threads" : "one thread");
        }
        trying = false;
        keep = together ? KEEP_BLOCKS : Math.min(MAX_KEEP_BLOCKS, keep * 2);
        blocksLeft = keep;
    }
}
