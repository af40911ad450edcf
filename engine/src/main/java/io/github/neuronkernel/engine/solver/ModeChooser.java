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
    /**
     * Two threads are chosen only if their block took at most this fraction of one thread's: a
     * wrong choice of two threads costs more than a wrong choice of one (a descheduled helper
     * stalls every hand-off), and two blocks of 32 steps are a noisy comparison.
     */
    private static final double MARGIN = 0.9;
    /**
     * While two threads are kept, {@link #SLOW_IN_A_ROW} blocks in a row slower than this many
     * times one thread's last block (the helper is being descheduled: another process wants the
     * processor) end them.
     */
    private static final double BAIL_OUT = 1.5;
    /**
     * Slow blocks in a row that end two threads. One is not enough: on a virtual machine a single
     * block now and then takes two or three times as long (a processor taken away for a moment),
     * and ending two threads on it kept the axon benchmark on one thread for most of its run
     * (0.25 s against 0.17 s with two threads forced); a process that keeps a processor busy
     * makes every block slow, so waiting for a second costs one block.
     */
    private static final int SLOW_IN_A_ROW = 2;

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
    private int slowInARow;
    private final java.util.function.LongSupplier clock;

    /** A chooser on the JVM's clock. */
    ModeChooser() {
        this(System::nanoTime);
    }

    /** @param clock the time in nanoseconds (a test's own clock) */
    ModeChooser(java.util.function.LongSupplier clock) {
        this.clock = clock;
    }

    /** @return whether the next step should use the helper (call once per step, before it) */
    boolean together() {
        if (step == 0) {
            blockStart = clock.getAsLong();
        }
        return together;
    }

    /** Ends a step that ran as {@link #together()} said. */
    void stepped() {
        if (++step < BLOCK) {
            return;
        }
        step = 0;
        long took = clock.getAsLong() - blockStart;
        if (!trying) {
            boolean first = blocksLeft == keep; // may include waking the helper: not judged
            slowInARow = together && !first && took > BAIL_OUT * alone ? slowInARow + 1 : 0;
            if (slowInARow >= SLOW_IN_A_ROW) {
                slowInARow = 0;
                together = false;
                keep = Math.min(MAX_KEEP_BLOCKS, keep * 2);
                blocksLeft = keep;
                if (TRACE) {
                    System.err.printf("mode: both %d us against alone %d us -> one thread%n", took / 1000,
                            alone / 1000);
                }
                return;
            }
            if (--blocksLeft <= 0) {
                trying = true;
                slowInARow = 0;
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
        together = both < MARGIN * alone;
        if (TRACE) {
            System.err.printf("mode: alone %d us, both %d us -> %s%n", alone / 1000, both / 1000,
                    together ? "two threads" : "one thread");
        }
        trying = false;
        keep = together ? KEEP_BLOCKS : Math.min(MAX_KEEP_BLOCKS, keep * 2);
        blocksLeft = keep;
    }
}
