package io.github.neuronkernel.kernel.jshell;

/** What every session starts with: the engine's and the charts' imports, the helpers, and {@code h}. */
public final class Startup {
    /**
     * The startup cell: java.util and java.nio.file, the engine's and the charts' classes, the
     * helpers, and {@code h}. Each import is a snippet javac compiles while the JVM is cold (about
     * 0.1 s each at start), so the list holds only what notebooks commonly use. {@code Vector} is
     * imported by name so that it wins over {@code java.util.Vector}.
     */
    public static final String SCRIPT = String.join("\n",
            "import java.util.*;",
            "import java.nio.file.*;",
            "import io.github.neuronkernel.engine.api.*;",
            "import io.github.neuronkernel.engine.api.Vector;",
            "import io.github.neuronkernel.engine.model.*;",
            "import io.github.neuronkernel.engine.mechanism.builtin.*;",
            "import io.github.neuronkernel.engine.event.NetCon;",
            "import org.knowm.xchart.*;",
            "import io.github.neuronkernel.kernel.notebook.Plot;",
            "import static io.github.neuronkernel.kernel.notebook.Notebook.*;",
            "Simulation h = newSimulation();");

    private Startup() {}
}
