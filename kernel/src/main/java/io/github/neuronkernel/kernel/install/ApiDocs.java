package io.github.neuronkernel.kernel.install;

import io.github.neuronkernel.kernel.headless.RunnerCommand;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;

/**
 * {@code --javadoc DIR}: writes the HTML Javadoc of the API that cells use (the simulation {@code
 * h}, sections and segments, the built-in mechanisms, NetCon and Vector, loaded point processes,
 * the notebook's helpers and sweeps) to DIR, from the sources the jars carry under {@code
 * META-INF/sources}, with the JDK's own javadoc. {@code install.sh} installs it with the kernelspec,
 * and the notebook's Help menu links to it.
 */
public final class ApiDocs {
    /** The packages whose public API cells see. */
    static final List<String> PACKAGES = List.of("io.github.neuronkernel.engine.api",
            "io.github.neuronkernel.engine.model", "io.github.neuronkernel.engine.event",
            "io.github.neuronkernel.engine.mechanism", "io.github.neuronkernel.engine.mechanism.builtin",
            "io.github.neuronkernel.engine.nmodl.runtime", "io.github.neuronkernel.kernel.notebook",
            "io.github.neuronkernel.kernel.sweep");
    private static final String SOURCES = "META-INF/sources/";

    private ApiDocs() {}

    /**
     * @param args the directory to write
     * @param err where javadoc's complaints go
     * @return 0 when written, 1 when javadoc failed, 2 for a usage error
     */
    public static int main(String[] args, PrintStream err) throws IOException {
        if (args.length != 1) {
            err.println("usage: java -jar neuron-kernel.jar --javadoc DIR");
            return 2;
        }
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        if (javadoc == null) {
            err.println("--javadoc: this Java has no javadoc tool (a JRE, not a JDK)");
            return 1;
        }
        RunnerCommand.useFullClassPath();
        Path sources = Files.createTempDirectory("neuron-kernel-sources");
        try {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                extract(Path.of(entry), sources);
            }
            List<String> options = new ArrayList<>(List.of("-d", args[0], "-sourcepath", sources.toString(),
                    "-classpath", System.getProperty("java.class.path"), "-public", "-quiet", "-notimestamp",
                    "-Xdoclint:none", "-encoding", "UTF-8", "-windowtitle", "neuron-kernel API",
                    "-doctitle", "neuron-kernel API: what cells use (h is a Simulation)"));
            options.addAll(PACKAGES);
            int status = javadoc.run(null, null, err, options.toArray(new String[0]));
            return status == 0 ? 0 : 1;
        } finally {
            deleteTree(sources);
        }
    }

    /** Copies the {@code META-INF/sources} of a jar or class folder into {@code to}. */
    private static void extract(Path entry, Path to) throws IOException {
        if (Files.isDirectory(entry)) {
            Path root = entry.resolve(SOURCES);
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        Path target = to.resolve(root.relativize(f).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(f, target);
                    }
                }
            }
            return;
        }
        if (!Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                if (e.isDirectory() || !e.getName().startsWith(SOURCES)) {
                    continue;
                }
                Path target = to.resolve(e.getName().substring(SOURCES.length())).normalize();
                if (!target.startsWith(to)) {
                    continue; // a name that would leave the folder
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(e)) {
                    Files.copy(in, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
