package io.github.neuronkernel.engine.nmodl.codegen;

import io.github.neuronkernel.engine.mechanism.Mechanism;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java sources in memory with the JDK's compiler ({@code javax.tools}) and
 * loads them in a class loader of their own, whose parent is the engine's. All sources of one
 * load are compiled in one javac run.
 */
public final class MemoryCompiler {
    private MemoryCompiler() {}

    /**
     * @param sources fully qualified class name to Java source
     * @return the loaded classes by name
     * @throws IllegalStateException if there is no compiler (a JRE without jdk.compiler) or the
     *     generated code does not compile (an engine bug)
     */
    public static Map<String, Class<?>> compile(Map<String, String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("loading .mod files needs the JDK's compiler (module jdk.compiler);"
                    + " run on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        classes.put(className, bytes);
                        return bytes;
                    }
                };
            }
        };
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String text = e.getValue();
            units.add(new SimpleJavaFileObject(URI.create("mem:///" + e.getKey().replace('.', '/') + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
        }
        List<String> options = List.of("-classpath", classPath(), "-proc:none", "-nowarn", "-g:source,lines");
        boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
        if (!ok) {
            StringBuilder msg = new StringBuilder("the Java generated for a mechanism does not compile (an engine bug):");
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                msg.append('\n').append(d.getLineNumber()).append(": ").append(d.getMessage(null));
            }
            throw new IllegalStateException(msg.toString());
        }
        Map<String, byte[]> bytes = new HashMap<>();
        classes.forEach((name, b) -> bytes.put(name, b.toByteArray()));
        ClassLoader loader = new ClassLoader(Mechanism.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] b = bytes.get(name);
                if (b == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, b, 0, b.length);
            }
        };
        Map<String, Class<?>> loaded = new HashMap<>();
        for (String name : sources.keySet()) {
            try {
                loaded.put(name, loader.loadClass(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("generated class " + name + " was not compiled", e);
            }
        }
        return loaded;
    }

    /** The class path javac needs: where the engine's classes are, then the JVM's own class path. */
    private static String classPath() {
        List<String> parts = new ArrayList<>();
        try {
            parts.add(Path.of(Mechanism.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (Exception e) {
            // fall back on the JVM's class path alone
        }
        parts.add(System.getProperty("java.class.path", ""));
        return String.join(File.pathSeparator, parts);
    }
}
