package io.github.neuronkernel.kernel.jshell;

/** What every session starts with: the engine's and the charts' imports, the helpers, and {@code h}. */
public final class Startup {
    /**
     * The startup cell: the JDK packages a notebook user reaches for (as jshell's default startup),
     * the engine's and the charts' classes, the helpers, and {@code h}. {@code Vector} is imported
     * by name so that it wins over {@code java.util.Vector}.
     */
    public static final String SCRIPT = String.join("\n",
            "import java.util.*;",
            "import java.util.stream.*;",
            "import java.io.*;",
            "import java.nio.file.*;",
            "import io.github.neuronkernel.engine.api.*;",
            "import io.github.neuronkernel.engine.api.Vector;",
            "import io.github.neuronkernel.engine.model.*;",
            "import io.github.neuronkernel.engine.mechanism.builtin.*;",
            "import io.github.neuronkernel.engine.event.NetCon;",
            "import io.github.neuronkernel.engine.run.*;",
            "import org.knowm.xchart.*;",
            "import static io.github.neuronkernel.kernel.notebook.Notebook.*;",
            "Simulation h = newSimulation();");

    private Startup() {}
}
