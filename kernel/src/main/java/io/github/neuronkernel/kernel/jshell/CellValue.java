package io.github.neuronkernel.kernel.jshell;

/**
 * How a cell's value is computed: the evaluator runs a value expression {@code e} as the
 * declaration {@code Object $value = e;} rather than letting JShell store it in a new variable
 * {@code $N}. JShell compiles an expression's temporary variable after an extra pass that infers its
 * type, and imports every earlier one into every later snippet; redeclaring one variable of a
 * stated type needs neither: {@code 1 + 1} took 7.1 ms of the evaluator's time once the JIT had
 * compiled javac, instead of 19 ms. The variable holds only the latest value, so earlier values can be collected.
 */
final class CellValue {
    /** The variable the latest value is kept in; a name no one writes by chance. */
    static final String NAME = "$value";

    private CellValue() {}

    /** @return the source that evaluates {@code expression} into {@link #NAME} */
    static String wrap(String expression) {
        // The semicolon on a line of its own: the expression may end in a // comment.
        return "Object " + NAME + " = " + expression + "\n;";
    }
}
