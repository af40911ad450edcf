package io.github.neuronkernel.kernel.jshell;

/**
 * How a cell's value is computed: the evaluator runs a value expression {@code e} as the
 * declaration {@code Object $valueN = e;} of a variable not used before, which it drops once the
 * value is read, rather than letting JShell store it in a new variable {@code $N}.
 *
 * <p>Why: JShell compiles an expression's temporary variable after an extra pass that infers its
 * type, and imports every earlier one into every later snippet; a variable of a stated type needs
 * neither ({@code 1 + 1} took 7.1 ms of the evaluator's time once the JIT had compiled javac,
 * instead of 19 ms). The name is new each time because redeclaring one name costs JShell a second
 * round when the new code differs from the old: it compiles the new code into the old class name,
 * finds that class loaded with other bytes, cannot redefine it in this JVM, and analyses and
 * compiles everything again under a new name. For cells whose values differ (as they do) a new
 * name cut the evaluator's thread CPU from 23-27 to 11-18 ms over the first 50 cells, and from
 * 12-14 to 7.2-9.2 ms after 300. Dropping the variable right after costs no
 * compile (nothing depends on it) and keeps it out of later snippets' imports.
 */
final class CellValue {
    /** The start of the variables' names: a name no one writes by chance. */
    static final String PREFIX = "$value";

    private long serial;

    /** @return the source that evaluates {@code expression} into a variable not used before */
    String wrap(String expression) {
        // The semicolon on a line of its own: the expression may end in a // comment.
        return "Object " + PREFIX + (++serial) + " = " + expression + "\n;";
    }
}
