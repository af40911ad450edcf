package io.github.neuronkernel.kernel.widgets;

/** Checks shared by every kind of control. */
final class Controls {
    private Controls() {}

    /** @throws IllegalArgumentException if the name is null or blank */
    static void checkName(String kind, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(kind + ": the name is " + (name == null ? "null" : "blank")
                    + "; give the parameter's name, e.g. " + kind + "(\"amp\", ...)");
        }
    }
}
