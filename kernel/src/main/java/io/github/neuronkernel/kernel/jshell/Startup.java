package io.github.neuronkernel.kernel.jshell;

/** What every session starts with: the engine's and the charts' imports, the helpers, and {@code h}. */
public final class Startup {
    /** The startup cell. {@code Vector} is imported by name so it wins over {@code java.util.Vector}. */
    public static final String SCRIPT = String.join("\n",
            "import io.github.neuronkernel.engine.api.*;",
            "import io.github.neuronkernel.engine.api.Vector;",
            "import io.github.neuronkernel.engine.model.*;",
            "import io.github.neuronkernel.engine.mechanism.builtin.*;",
            "import io.github.neuronkernel.engine.run.*;",
            "import org.knowm.xchart.*;",
            "import static io.github.neuronkernel.kernel.notebook.Notebook.*;",
            "Simulation h = newSimulation();");

    private Startup() {}
}
