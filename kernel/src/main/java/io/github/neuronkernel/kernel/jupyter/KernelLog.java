package io.github.neuronkernel.kernel.jupyter;

import java.io.PrintStream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * The kernel's log: every {@code java.util.logging} record, the base kernel's included, goes to the
 * process's own stderr (the terminal or the Jupyter server's log), never into a cell's output.
 *
 * <p>Why it is needed: the JDK's default console handler writes to whatever {@code System.err} is
 * when the handler is created, and it is created lazily, at the first record. The kernel replaces
 * {@code System.err} with the running cell's stderr stream, so a warning logged while a cell runs
 * (a rejected message from any local process) landed in the user's notebook.
 */
final class KernelLog {
    private KernelLog() {}

    /**
     * Replaces the root logger's handlers with one that writes to {@code stderr}; call it before
     * {@code System.err} is redirected.
     *
     * @param stderr the process's real standard error
     */
    static void install(PrintStream stderr) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        Handler handler = new StreamHandler(stderr, new SimpleFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush(); // a log read while the kernel runs (or after it dies) must be complete
            }
        };
        handler.setLevel(Level.ALL); // the loggers' levels decide what is written
        root.addHandler(handler);
    }
}
