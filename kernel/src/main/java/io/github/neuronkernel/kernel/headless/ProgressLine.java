package io.github.neuronkernel.kernel.headless;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A sweep's progress line: on a terminal one line rewritten in place (at most twice a second);
 * into a file or pipe a line every tenth of the points or every 30 seconds, so a log stays short.
 */
final class ProgressLine {
    private final PrintStream terminal;
    private final int total;
    private final String where;
    private final boolean interactive = System.console() != null;
    private final long started = System.nanoTime();
    private long lastShown;
    private int lastDone = -1;

    ProgressLine(PrintStream terminal, int total, String where) {
        this.terminal = terminal;
        this.total = total;
        this.where = where;
    }

    /** @return what to print before a message so it does not run into the progress line */
    String clearing() {
        return interactive ? "\r\033[K" : "";
    }

    synchronized void show(int done, int failed, int running) {
        long now = System.nanoTime();
        boolean due = interactive ? now - lastShown > 500_000_000L
                : done != lastDone && (done * 10 / Math.max(1, total) != lastDone * 10 / Math.max(1, total)
                        || now - lastShown > 30_000_000_000L);
        if (!due) {
            return;
        }
        lastShown = now;
        lastDone = done;
        String line = line(done, failed, running);
        if (interactive) {
            terminal.print("\r\033[K" + line);
            terminal.flush();
        } else {
            terminal.println(line);
        }
    }

    synchronized void end(int done, int failed) {
        if (!interactive && done == lastDone) {
            return; // the last line said it already
        }
        terminal.print(clearing());
        terminal.println(line(done, failed, 0));
    }

    private String line(int done, int failed, int running) {
        double elapsed = (System.nanoTime() - started) / 1e9;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "sweep (%s): %d/%d points done", where, done, total));
        if (failed > 0) {
            s.append(", ").append(failed).append(" not ok");
        }
        if (running > 0) {
            s.append(", ").append(running).append(" running");
        }
        s.append(", ").append(clock(elapsed));
        if (done > 0 && done < total) {
            s.append(", about ").append(clock(elapsed / done * (total - done))).append(" left");
        }
        return s.toString();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
