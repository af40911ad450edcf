package io.github.neuronkernel.kernel.jshell;

import io.github.neuronkernel.kernel.display.ValueRenderer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs cells in one JShell whose snippets execute in this JVM: state (variables, methods, classes)
 * persists from cell to cell, and objects such as the simulation {@code h} are shared with the
 * kernel directly. A cell's value is that of its last expression when it is not ended by a
 * semicolon, as in IJava: {@code 1 + 1} shows 2, {@code soma.L = 10;} shows nothing. Knows nothing
 * of Jupyter, so a headless notebook runner can use it as is.
 *
 * <p>Cells, warm-up snippets and code assistance take turns on the one JShell (see {@link
 * #exclusive}); {@link #interrupt()} may be called from any thread.
 */
public final class Evaluator implements AutoCloseable {
    /** How long an interrupted cell gets to stop by itself before it is forced to. */
    static final long FORCE_STOP_AFTER_MS = 300;
    /** The longest an interrupted cell may stay in an unstoppable section before it is stopped anyway. */
    static final long MAX_PROTECTED_WAIT_MS = 3000;

    private final JShell shell;
    private final CellExecutionControl control = new CellExecutionControl();
    private final CellSplitter splitter;
    private final CellValue values = new CellValue();
    private final Map<String, SnippetOrigin> origins = new HashMap<>();
    private final CellLines cellLines = new CellLines();
    private final TracebackFormatter tracebacks = new TracebackFormatter(origins);
    private final ScheduledExecutorService stopper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cell-stopper");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong cellSerial = new AtomicLong();
    private volatile long runningCell = -1;
    private volatile long lastCellEnd = System.nanoTime();
    /** One evaluation at a time: a cell, or a warm-up snippet while no cell runs. */
    private final ReentrantLock evaluating = new ReentrantLock();
    private volatile boolean interruptRequested;
    /**
     * Whether an interrupt came since the last cell started, though the cell may have ended
     * normally, or before its value was drawn (see {@link #callAfterCell}); set by {@link
     * #interrupt()} before it looks for a running cell, so none is lost between the two.
     */
    private volatile boolean interruptedLastCell;

    /**
     * Creates a JShell that compiles against this JVM's class path and runs snippets in this JVM.
     *
     * @param diagnostics where JShell's own complaints go (not the cells' output)
     */
    public Evaluator(PrintStream diagnostics) {
        String classPath = System.getProperty("java.class.path");
        this.shell = JShell.builder()
                .executionEngine(new CellExecutionProvider(control), Map.of())
                .compilerOptions("--class-path", classPath, "-proc:none")
                .out(diagnostics)
                .err(diagnostics)
                .build();
        this.splitter = new CellSplitter(shell.sourceCodeAnalysis());
    }

    /**
     * Runs the snippets of a startup script; a failure there is a kernel bug, reported as such.
     *
     * @throws IllegalStateException if a snippet is rejected or throws
     */
    public void runStartup(String script) {
        CellOutcome outcome = eval(script, 0);
        if (outcome.failed()) {
            throw new IllegalStateException("startup script failed: " + outcome.error().ename() + ": "
                    + outcome.error().evalue() + "\n" + String.join("\n", outcome.error().traceback()));
        }
    }

    /**
     * Runs a cell, snippet by snippet, stopping at the first failure.
     *
     * @param cell the cell's source
     * @param executionCount the cell's number, used in tracebacks
     * @return the last expression's value, or the failure
     */
    public CellOutcome eval(String cell, int executionCount) {
        return exclusive(() -> afterOutOfMemory(evalLocked(cell, executionCount)));
    }

    /**
     * A cell that ran out of heap: the memory it filled goes back to the operating system now (not
     * at the next periodic collection), and its error says what the cap is and how to raise it.
     */
    private static CellOutcome afterOutOfMemory(CellOutcome outcome) {
        if (!OutOfMemory.is(outcome.error())) {
            return outcome;
        }
        OutOfMemory.release();
        return CellOutcome.failed(OutOfMemory.explained(outcome.error()));
    }

    /**
     * Runs {@code work} on this JShell with no other cell, warm-up snippet or code assistance at the
     * same time (JShell is not thread-safe); from the call on, warm-up snippets hold back.
     */
    <T> T exclusive(Supplier<T> work) {
        evaluating.lock();
        try {
            return work.get();
        } finally {
            evaluating.unlock();
        }
    }

    /**
     * Compiles and runs a throwaway value and a throwaway statement the way cells run, so that the
     * JIT compiles javac before a person's cells need it (a trivial cell takes some 28 ms while
     * javac is interpreted, 8 ms once it is compiled). Does nothing if a cell is running; a cell
     * that comes meanwhile waits for this one snippet. Leaves no variable behind.
     *
     * @param n varies the source from call to call
     * @return whether it ran
     */
    public boolean warmUpOnce(int n) {
        // tryLock would barge ahead of a cell queued for the lock: a queued cell comes first
        if (evaluating.hasQueuedThreads() || !evaluating.tryLock()) {
            return false;
        }
        try {
            dropIfActive(ownEvent(shell.eval(values.wrap(n + " + 1"))));
            shell.eval("{ String.valueOf(" + n + ");\n}");
            return true;
        } finally {
            evaluating.unlock();
        }
    }

    private CellOutcome evalLocked(String cell, int executionCount) {
        interruptedLastCell = false; // an interrupt that came while idle was not for this cell
        HelpQuery query = HelpQuery.parse(cell);
        if (query != null) {
            return help(query, executionCount);
        }
        if (CellMagics.isMagic(cell)) {
            String java;
            try {
                java = CellMagics.toJava(cell, executionCount);
            } catch (IllegalArgumentException e) {
                return CellOutcome.failed(new CellError("UsageError", e.getMessage(), List.of()));
            }
            return evalLocked(java, executionCount);
        }
        long serial = cellSerial.incrementAndGet();
        interruptRequested = false;
        control.clearPendingInterrupt();
        runningCell = serial;
        try {
            String[] lines = cellLines.of(cell);
            CellOutcome last = CellOutcome.nothing();
            List<CellSplitter.Piece> pieces = splitter.split(cell);
            for (int p = 0; p < pieces.size(); ) {
                if (interruptRequested) {
                    return CellOutcome.failed(new CellError("java.lang.InterruptedException",
                            "the cell was interrupted", List.of()));
                }
                CellSplitter.Piece piece = pieces.get(p);
                int run = p;
                while (run < pieces.size() && isExpressionStatement(pieces.get(run))) {
                    run++;
                }
                if (run > p) {
                    last = evalStatements(cell, pieces.subList(p, run), executionCount, lines);
                    p = run;
                } else {
                    // `soma.L` shows 10; `soma.L = 10;`, a statement, shows nothing
                    boolean wantsValue = !endsWithSemicolon(piece.source());
                    SnippetOrigin origin = new SnippetOrigin(executionCount, lineOf(cell, piece.start()), lines);
                    last = wantsValue && ExpressionShape.mayBeExpression(piece.source())
                            ? evalValue(piece.source(), origin)
                            : evalSnippet(piece.source(), origin);
                    if (!wantsValue && last.hasValue()) {
                        last = CellOutcome.nothing();
                    }
                    p++;
                }
                if (last.failed()) {
                    return last;
                }
            }
            return last;
        } finally {
            runningCell = -1;
            lastCellEnd = System.nanoTime();
            Thread.interrupted();
        }
    }

    /**
     * Runs a function that a cell made, called back from outside any cell (a widget whose slider
     * moved re-runs its model): alone on this JShell, as a cell runs, so that it never overlaps a
     * cell, and on a cell thread, so that {@link #interrupt()} stops it. A failure comes back as a
     * traceback pointing at the lines of the cell that defined the function, as a cell's would.
     *
     * @param work the call to make
     * @return its value ({@link CellOutcome#hasValue()}), or its failure
     */
    public CellOutcome call(java.util.concurrent.Callable<?> work) {
        return exclusive(() -> {
            long serial = cellSerial.incrementAndGet();
            interruptRequested = false;
            runningCell = serial;
            try {
                Object value = control.call(work);
                return new CellOutcome(true, value, String.valueOf(value), null);
            } catch (java.lang.reflect.InvocationTargetException e) {
                return CellOutcome.failed(translated(e.getCause()));
            } finally {
                runningCell = -1;
                lastCellEnd = System.nanoTime();
                Thread.interrupted();
            }
        });
    }

    /** @return the failure of a called-back function with its frames translated by JShell ({@link Rethrow}) */
    private CellError translated(Throwable failure) {
        Rethrow.hold(failure);
        SnippetEvent own = ownEvent(shell.eval(Rethrow.SNIPPET));
        if (own != null && own.exception() != null) {
            return runtimeError(own.exception());
        }
        // not expected: JShell did not run the statement; show the frames untranslated
        return new CellError(failure.getClass().getName(), failure.getMessage(), tracebacks.frames(failure.getStackTrace()));
    }

    /** @return how long no cell has been running, in milliseconds (0 while one runs) */
    public long idleMillis() {
        return runningCell >= 0 || evaluating.isLocked() ? 0 : (System.nanoTime() - lastCellEnd) / 1_000_000;
    }

    /**
     * The object a cell's variable holds now, for code assistance; runs no user code. Call within
     * {@link #exclusive}.
     *
     * @return the object, or null if there is no such variable (or it holds null)
     */
    Object variable(String name) {
        jdk.jshell.VarSnippet found = shell.variables()
                .filter(v -> v.name().equals(name) && shell.status(v).isActive())
                .reduce((a, b) -> b).orElse(null);
        if (found == null) {
            return null;
        }
        try {
            shell.varValue(found);
            return control.takeVariable();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null; // a variable not defined yet (it waits for a name) has no value
        }
    }

    /** @return whether the piece is a complete expression ended by a semicolon: a call, an assignment */
    private static boolean isExpressionStatement(CellSplitter.Piece piece) {
        return piece.completeness().isComplete() && endsWithSemicolon(piece.source())
                && ExpressionShape.mayBeExpression(piece.source());
    }

    /**
     * Runs consecutive expression statements ({@code soma.L = 10; soma.insert("hh");
     * h.finitialize(-65);}) as one block snippet: one compilation instead of one per statement, and
     * none of the temporary variables JShell keeps for a statement with a value (each later
     * snippet imports them, and JShell recompiles those that name a variable when it is
     * redeclared, so rerunning a cell got slower every time). A block that does not compile runs
     * statement by statement, so errors are JShell's for each as written.
     */
    private CellOutcome evalStatements(String cell, List<CellSplitter.Piece> run, int executionCount, String[] lines) {
        CellSplitter.Piece first = run.get(0);
        SnippetOrigin origin = new SnippetOrigin(executionCount, lineOf(cell, first.start()), lines);
        String block = "{ " + cell.substring(first.start(), run.get(run.size() - 1).end()) + "\n}";
        SnippetEvent own = ownEvent(shell.eval(block));
        if (own == null || own.status() != Snippet.Status.VALID) {
            CellOutcome last = CellOutcome.nothing();
            for (CellSplitter.Piece piece : run) {
                last = evalSnippet(piece.source(), new SnippetOrigin(executionCount, lineOf(cell, piece.start()), lines));
                if (last.failed()) {
                    return last;
                }
            }
            return CellOutcome.nothing();
        }
        origins.put(own.snippet().id(), origin);
        if (own.exception() != null) {
            return CellOutcome.failed(runtimeError(own.exception()));
        }
        return CellOutcome.nothing();
    }

    /**
     * Runs what looks like an expression whose value the cell shows as {@link CellValue#wrap
     * Object $valueN = source;}: about twice as fast as JShell's own way, which stores the value in a
     * new variable of an inferred type. If that does not compile (a void call, a lambda, not an
     * expression after all), the source runs as written, so errors are JShell's for what the user
     * wrote.
     */
    private CellOutcome evalValue(String source, SnippetOrigin origin) {
        SnippetEvent own = ownEvent(shell.eval(values.wrap(source)));
        // The variable is only the way the value comes out: dropped at once, whatever happened, so
        // that one waiting for a name the user defines later is never run then.
        dropIfActive(own);
        if (own == null || own.status() != Snippet.Status.VALID) {
            return evalSnippet(source, origin);
        }
        origins.put(own.snippet().id(), origin);
        if (own.exception() != null) {
            return CellOutcome.failed(runtimeError(own.exception()));
        }
        Object value = control.takeLastValue();
        if (value instanceof io.github.neuronkernel.kernel.notebook.DisplayId
                || value instanceof io.github.neuronkernel.kernel.widgets.Interaction) {
            return CellOutcome.nothing(); // display(...) or interact(...) has shown it; the handle is not worth a second output
        }
        return new CellOutcome(true, value, own.value(), null);
    }

    /**
     * Answers {@code name?} and {@code name??}: what the name holds (a section's psection, or the
     * value's text and type), its Javadoc with units, and for {@code ??} the source of the
     * notebook's own declarations of that name.
     */
    private CellOutcome help(HelpQuery query, int executionCount) {
        StringBuilder out = new StringBuilder();
        // a variable or field chain has a value to describe; a method or class name fails here, harmlessly
        CellOutcome value = evalValue(query.name(), new SnippetOrigin(executionCount, 1, new String[] {query.name()}));
        if (value.hasValue() && !value.failed()) {
            out.append(HelpText.describe(query.name(), value.value(), value.valueText()));
        }
        String doc = assist().inspect(query.name(), query.name().length());
        if (doc != null) {
            out.append(out.length() > 0 ? "\n\n" : "").append(doc);
        }
        if (query.more()) {
            String source = HelpText.declarations(shell, query.simpleName());
            if (!source.isEmpty()) {
                out.append(out.length() > 0 ? "\n\n" : "").append("Declared in this notebook:\n").append(source);
            }
        }
        if (out.length() == 0) {
            return CellOutcome.failed(new CellError("NameError", "nothing is known as \"" + query.name()
                    + "\": no variable, field, method or class of that name here", List.of()));
        }
        String text = out.toString();
        return new CellOutcome(true, io.github.neuronkernel.kernel.display.MimeBundle.text(text), text, null);
    }

    private void dropIfActive(SnippetEvent event) {
        if (event != null && shell.status(event.snippet()).isActive()) {
            shell.drop(event.snippet());
        }
    }

    /** @return the event of the evaluated source itself, not of snippets it made change status */
    private static SnippetEvent ownEvent(List<SnippetEvent> events) {
        SnippetEvent own = null;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null) {
                own = event;
            }
        }
        return own;
    }

    private CellOutcome evalSnippet(String source, SnippetOrigin origin) {
        List<SnippetEvent> events = shell.eval(source);
        CellOutcome result = CellOutcome.nothing();
        for (SnippetEvent event : events) {
            Snippet snippet = event.snippet();
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet's status update, not this source's own result
            }
            origins.put(snippet.id(), origin);
            if (event.status() == Snippet.Status.REJECTED) {
                return CellOutcome.failed(compileError(snippet, origin));
            }
            if (event.exception() != null) {
                return CellOutcome.failed(runtimeError(event.exception()));
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                    || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                warnUnresolved(snippet);
            }
            if (isValueSnippet(snippet) && event.value() != null) {
                result = new CellOutcome(true, control.takeLastValue(), event.value(), null);
            } else {
                result = CellOutcome.nothing();
            }
        }
        return result;
    }

    private void warnUnresolved(Snippet snippet) {
        if (snippet instanceof jdk.jshell.DeclarationSnippet d) {
            List<String> missing = shell.unresolvedDependencies(d).toList();
            if (!missing.isEmpty()) {
                System.err.println("note: " + d.name() + " is defined but cannot be used until "
                        + String.join(", ", missing) + " " + (missing.size() == 1 ? "is" : "are") + " declared");
            }
        }
    }

    private static boolean isValueSnippet(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private CellError compileError(Snippet snippet, SnippetOrigin origin) {
        List<Diag> diags = shell.diagnostics(snippet).filter(Diag::isError).toList();
        if (diags.isEmpty()) {
            return new CellError("CompilationError", "the snippet was rejected: " + snippet.source().strip(), List.of());
        }
        return tracebacks.compileError(snippet.source(), diags, origin);
    }

    private CellError runtimeError(jdk.jshell.JShellException e) {
        if (e instanceof EvalException ee) {
            return tracebacks.runtimeError(ee);
        }
        if (e instanceof UnresolvedReferenceException ure) {
            var snippet = ure.getSnippet();
            String missing = String.join(", ", shell.unresolvedDependencies(snippet).toList());
            String message = snippet.name() + " cannot be used until " + missing + " is declared";
            return new CellError("UnresolvedReferenceException", message, tracebacks.frames(e.getStackTrace()));
        }
        return new CellError(e.getClass().getName(), e.getMessage(), tracebacks.frames(e.getStackTrace()));
    }

    /** @return whether the code, without trailing comments and blanks, ends with a semicolon */
    static boolean endsWithSemicolon(String source) {
        String code = source.strip();
        while (true) {
            int lineComment = code.lastIndexOf("//");
            int newline = code.lastIndexOf('\n');
            if (lineComment > newline && !code.substring(lineComment).contains("\"")) {
                code = code.substring(0, lineComment).strip();
            } else if (code.endsWith("*/") && code.contains("/*")) {
                code = code.substring(0, code.lastIndexOf("/*")).strip();
            } else {
                return code.endsWith(";");
            }
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Runs, as {@link #call} does, what finishes the cell that just ran (drawing its value), with
     * an interrupt still pending if one came since the cell started and the cell ended anyway (its
     * last statement ignored it, or caught it), or came after the cell ended and before this call
     * began: work that checks for interrupts, as drawing does, then stops at once instead of
     * running at length with the interrupt spent.
     *
     * @param work the call to make
     * @return its value, or its failure
     */
    public CellOutcome callAfterCell(java.util.concurrent.Callable<?> work) {
        return call(() -> {
            // read here, on the cell thread, after call() marked it running: an interrupt from now
            // on reaches this thread, and one from before has set the flag
            if (interruptedLastCell) {
                Thread.currentThread().interrupt();
            }
            return work.call();
        });
    }

    /**
     * Draws a cell's value as the cell runs ({@link #callAfterCell}), so that an interrupt or a
     * timeout stops the drawing of a plot the cell returned (a million points with markers took a
     * minute) as it stops the cell. A chart is then not drawn; a value shown as text still is.
     *
     * @param outcome what {@link #eval} gave
     * @return the outcome as it is if it failed or has no value; else the value as a {@link
     *     io.github.neuronkernel.kernel.display.MimeBundle}, or the drawing's failure (the
     *     interrupt's among them)
     */
    public CellOutcome drawValue(CellOutcome outcome) {
        if (outcome.failed() || !outcome.hasValue()) {
            return outcome;
        }
        try {
            return callAfterCell(() -> ValueRenderer.renderCellValue(outcome.value(), outcome.valueText()));
        } catch (RuntimeException e) {
            return CellOutcome.failed(new CellError(e.getClass().getName(),
                    "the kernel failed to draw the value: " + e.getMessage(), List.of(e.toString())));
        }
    }

    /**
     * Interrupts the running cell: its thread is interrupted at once (the engine's batchRun stops
     * cleanly and a sleeping cell wakes), and if the same cell is still running shortly after, it is
     * stopped by force. Recorded first in any case, so that the drawing of the value of a cell that
     * has just ended stops too; the next cell starts with the record cleared, so an interrupt while
     * no cell runs affects nothing beyond the last cell's drawing.
     *
     * @return whether a cell was running
     */
    public boolean interrupt() {
        interruptedLastCell = true; // before runningCell is read: see callAfterCell
        long serial = runningCell;
        if (serial < 0) {
            return false;
        }
        interruptRequested = true;
        control.interrupt();
        scheduleForceStop(serial, FORCE_STOP_AFTER_MS, 0);
        return true;
    }

    /**
     * Stops the cell by force unless it finished; waits while it is in an {@link Unstoppable}
     * section (e.g. drawing the chart of the run it just stopped), but not forever.
     */
    private void scheduleForceStop(long serial, long delayMs, long waitedMs) {
        stopper.schedule(() -> {
            if (runningCell != serial) {
                return;
            }
            if (control.runningProtected() && waitedMs < MAX_PROTECTED_WAIT_MS) {
                scheduleForceStop(serial, 50, waitedMs + 50);
            } else {
                control.forceStop();
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /** @return JShell, for completion and inspection */
    JShell shell() {
        return shell;
    }

    /** @return completion, inspection and completeness for this evaluator's state */
    public CodeAssist assist() {
        return new CodeAssist(shell.sourceCodeAnalysis(), this);
    }

    @Override
    public void close() {
        stopper.shutdownNow();
        shell.close();
    }
}
