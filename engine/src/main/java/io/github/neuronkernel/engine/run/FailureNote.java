package io.github.neuronkernel.engine.run;

import io.github.neuronkernel.engine.NumericalInstabilityException;
import java.io.UncheckedIOException;

/**
 * Adds what became of a run's file ("the previous soma.dat is unchanged; ...") to the exception
 * that stopped the run, so that the message a user sees says where the data went. Exceptions are
 * immutable, so the known kinds are rebuilt with the longer message, keeping their type, fields and
 * stack trace; any other kind keeps its message and carries the note as a suppressed exception.
 */
final class FailureNote {
    private FailureNote() {}

    /** The note, for exceptions whose message cannot be extended. */
    static final class FileOutcome extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FileOutcome(String note) {
            super(note, null, false, false);
        }
    }

    static RuntimeException add(RuntimeException e, String note) {
        String message = e.getMessage() == null ? note : e.getMessage() + "; " + note;
        RuntimeException out;
        Class<?> c = e.getClass();
        if (c == NumericalInstabilityException.class) {
            NumericalInstabilityException n = (NumericalInstabilityException) e;
            out = new NumericalInstabilityException(message, n.time(), n.section());
        } else if (c == RunInterruptedException.class) {
            out = new RunInterruptedException(message, ((RunInterruptedException) e).time());
        } else if (c == UncheckedIOException.class) {
            out = new UncheckedIOException(message, ((UncheckedIOException) e).getCause());
        } else if (c == IllegalStateException.class) {
            out = new IllegalStateException(message, e.getCause());
        } else if (c == IllegalArgumentException.class) {
            out = new IllegalArgumentException(message, e.getCause());
        } else {
            e.addSuppressed(new FileOutcome(note));
            return e;
        }
        out.setStackTrace(e.getStackTrace());
        for (Throwable s : e.getSuppressed()) {
            out.addSuppressed(s);
        }
        return out;
    }
}
