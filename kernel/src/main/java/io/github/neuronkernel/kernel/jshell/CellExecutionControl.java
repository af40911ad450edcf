package io.github.neuronkernel.kernel.jshell;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs each snippet in this JVM on a thread of its own, so that the kernel can interrupt it (a
 * polite {@link Thread#interrupt()} first, which the engine's batchRun honours, then {@link
 * Thread#stop()} for code that ignores interrupts), and keeps the snippet's value as an object so
 * that charts and images can be rendered rather than printed as {@code XYChart@1a2b}.
 *
 * <p>JShell's own thread only waits here; it never runs user code, so a forced stop cannot land in
 * JShell's bookkeeping.
 *
 * <p>The cells' classes are loaded with their {@code System.exit} calls refused (see {@link
 * ExitCalls}), so that a cell cannot end the kernel.
 */
public final class CellExecutionControl extends DirectExecutionControl {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Object lock = new Object();
    private Thread running;
    private boolean stopRequested;
    private Object lastValue;
    /** An interrupt that came while no snippet ran (JShell compiling the cell's next one): the next one stops at once. */
    private boolean interruptPending;
    private Object variable;
    private StackTraceElement[] stoppedAt = new StackTraceElement[0];

    /** Creates a control using JShell's default in-process class loading. */
    public CellExecutionControl() {
        super();
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        ClassBytecodes[] guarded = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            guarded[i] = new ClassBytecodes(classes[i].name(), ExitCalls.redirect(classes[i].bytecodes()));
        }
        super.load(guarded);
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        lastValue = null;
        Object value = runOnCellThread(() -> {
            try {
                return doit.invoke(null);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        lastValue = value;
        return valueString(value);
    }

    /**
     * Runs code of the cells' making from outside a cell (a widget's function, called back when a
     * slider moves) exactly as a snippet runs: on a cell thread of its own that {@link #interrupt()}
     * and {@link #forceStop()} stop. The caller makes sure no snippet runs at the same time.
     *
     * @param work what to run
     * @return what it returned
     * @throws InvocationTargetException with what it threw as the cause (an {@link
     *     InterruptedException} if it was stopped by force)
     */
    public Object call(java.util.concurrent.Callable<?> work) throws InvocationTargetException {
        return runOnCellThread(work::call);
    }

    /** The body of a cell thread: a snippet's {@code do_it$} or a called-back function. */
    private interface CellBody {
        Object run() throws Throwable;
    }

    private Object runOnCellThread(CellBody body) throws InvocationTargetException {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(() -> {
            try {
                result[0] = body.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "cell-" + THREADS.incrementAndGet());
        // The cell may start threads of its own; the cell thread is no daemon so that its work is
        // not cut short, but the JVM is ended by the kernel's shutdown anyway.
        synchronized (lock) {
            if (interruptPending) { // interrupted while JShell was still compiling this snippet
                interruptPending = false;
                throw interrupted(new StackTraceElement[0]);
            }
            running = thread;
            stopRequested = false;
        }
        thread.start();
        try {
            joinUninterruptibly(thread);
        } finally {
            synchronized (lock) {
                running = null;
            }
        }
        Throwable t = InputInterrupts.explain(thread, failure[0]);
        if (t != null) {
            if (stopRequested && t instanceof ThreadDeath) {
                throw interrupted(stoppedAt);
            }
            // DirectExecutionControl turns this into JShell's EvalException with the real class name
            // and the snippet's stack trace.
            throw new InvocationTargetException(t);
        }
        return result[0];
    }

    private static InvocationTargetException interrupted(StackTraceElement[] where) {
        InterruptedException e = new InterruptedException("the cell was interrupted");
        e.setStackTrace(where);
        return new InvocationTargetException(e);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads a snippet variable as an object rather than as text (JShell's {@code varValue} asks
     * this engine for its text; code assistance wants the object itself, which {@link
     * #takeVariable()} then hands over). Runs no user code: it only reads a static field.
     */
    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException,
            InternalException {
        try {
            var field = findClass(className).getField(varName);
            field.setAccessible(true); // the wrapper class is not public
            variable = field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new InternalException("cannot read " + varName + ": " + e);
        }
        return "";
    }

    /** @return the object the last {@link #varValue} read, and forgets it */
    Object takeVariable() {
        Object v = variable;
        variable = null;
        return v;
    }

    /** Forgets an interrupt that no snippet took: called as a new cell starts. */
    void clearPendingInterrupt() {
        synchronized (lock) {
            interruptPending = false;
        }
    }

    /**
     * @return the value of the last snippet that completed, as an object (null if none); from then
     *     on this control no longer refers to it, so a big value is not kept alive after the kernel
     *     has shown it
     */
    public Object takeLastValue() {
        Object value = lastValue;
        lastValue = null;
        return value;
    }

    /**
     * Asks the running snippet to stop: interrupts its thread, which ends blocking calls and the
     * engine's batchRun (leaving its file complete). With none running (JShell is compiling the
     * cell's next snippet), that snippet stops as it starts.
     *
     * @return whether a snippet was running
     */
    public boolean interrupt() {
        synchronized (lock) {
            if (running == null) {
                interruptPending = true;
                return false;
            }
            running.interrupt();
            return true;
        }
    }

    /**
     * Forces the running snippet to stop with {@link Thread#stop()}, for code that ignores
     * interrupts such as a CPU-bound loop. Still works on JDK 17, where it is deprecated.
     *
     * @return whether a snippet was running
     */
    @SuppressWarnings({"deprecation", "removal"})
    public boolean forceStop() {
        synchronized (lock) {
            if (running == null) {
                return false;
            }
            stopRequested = true;
            stoppedAt = running.getStackTrace();
            running.stop();
            return true;
        }
    }

    /** @return whether the running snippet is in a section that must not be stopped by force */
    boolean runningProtected() {
        synchronized (lock) {
            return running != null && Unstoppable.isProtected(running);
        }
    }

    /** @return whether a snippet is running now */
    public boolean isRunning() {
        synchronized (lock) {
            return running != null;
        }
    }

    @Override
    public void stop() {
        interrupt();
    }
}
