package io.github.neuronkernel.kernel.jshell;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Javadoc of the engine's API for inspection. JShell (JDK 17) reads Javadoc only from the JDK's own
 * src.zip, so for our classes this reads the {@code .java} files the engine jar carries under
 * {@code META-INF/sources/} and takes the doc comment of the member a JShell signature names.
 */
final class SourceDocs {
    /** Packages whose classes users meet by simple name in cells. */
    private static final List<String> PACKAGES = List.of(
            "io.github.neuronkernel.engine.api", "io.github.neuronkernel.engine.model",
            "io.github.neuronkernel.engine.mechanism.builtin", "io.github.neuronkernel.engine.event",
            "io.github.neuronkernel.engine.mechanism", "io.github.neuronkernel.engine.run",
            "io.github.neuronkernel.kernel.notebook", "io.github.neuronkernel.kernel.sweep");
    /** {@code void Simulation.batchRun(double tstop, ...)} or {@code Section(String name)}. */
    private static final Pattern EXECUTABLE = Pattern.compile("(?:\\S+\\s+)?([\\w$.]+?)\\.?(\\w+)?\\((.*)\\)");
    /** {@code Section.L:double}. */
    private static final Pattern FIELD = Pattern.compile("([\\w$.]+)\\.(\\w+):.*");

    private final Map<String, CompilationUnitTree> parsed = new ConcurrentHashMap<>();
    private final Map<String, DocTrees> docTrees = new ConcurrentHashMap<>();

    /** @return the doc comment's text for the member named by a JShell signature, or null */
    String javadoc(String signature) {
        try {
            Matcher f = FIELD.matcher(signature);
            if (f.matches()) {
                return find(f.group(1), f.group(2), null);
            }
            Matcher m = EXECUTABLE.matcher(signature);
            if (m.matches()) {
                String owner = m.group(2) == null ? m.group(1) : m.group(1);
                String name = m.group(2) == null ? simpleName(m.group(1)) : m.group(2);
                return find(owner, name, parameterNames(m.group(3)));
            }
        } catch (RuntimeException | IOException e) {
            // documentation is a nicety; the signature alone is still shown
        }
        return null;
    }

    private String find(String owner, String member, List<String> parameters) throws IOException {
        String simple = simpleName(owner);
        for (String pkg : owner.contains(".") ? List.of(owner.substring(0, owner.lastIndexOf('.'))) : PACKAGES) {
            String path = pkg.replace('.', '/') + "/" + simple + ".java";
            CompilationUnitTree unit = unit(path);
            if (unit != null) {
                return comment(unit, path, simple, member, parameters);
            }
        }
        return null;
    }

    private CompilationUnitTree unit(String path) throws IOException {
        CompilationUnitTree cached = parsed.get(path);
        if (cached != null) {
            return cached;
        }
        String source;
        try (InputStream in = SourceDocs.class.getClassLoader().getResourceAsStream("META-INF/sources/" + path)) {
            if (in == null) {
                return null;
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var file = new SimpleJavaFileObject(URI.create("string:///" + path), SimpleJavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"), null, List.of(file));
        CompilationUnitTree unit = task.parse().iterator().next();
        parsed.put(path, unit);
        docTrees.put(path, DocTrees.instance(task));
        return unit;
    }

    private String comment(CompilationUnitTree unit, String path, String className, String member,
            List<String> parameters) {
        for (Tree type : unit.getTypeDecls()) {
            if (!(type instanceof ClassTree c) || !c.getSimpleName().contentEquals(className)) {
                continue;
            }
            if (member.equals(className) && parameters == null) {
                return text(path, new TreePath(new TreePath(unit), c));
            }
            for (Tree m : c.getMembers()) {
                if (matches(m, member, className, parameters)) {
                    return text(path, new TreePath(new TreePath(new TreePath(unit), c), m));
                }
            }
        }
        return null;
    }

    private static boolean matches(Tree m, String member, String className, List<String> parameters) {
        if (m instanceof VariableTree v) {
            return parameters == null && v.getName().contentEquals(member);
        }
        if (m instanceof MethodTree method && parameters != null) {
            String name = method.getName().toString();
            boolean sameName = name.equals(member) || (name.equals("<init>") && member.equals(className));
            return sameName && method.getParameters().stream()
                    .map(p -> baseType(p.getType().toString()) + " " + p.getName()).toList().equals(parameters);
        }
        return false;
    }

    private String text(String path, TreePath treePath) {
        DocCommentTree doc = docTrees.get(path).getDocCommentTree(treePath);
        if (doc == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        doc.getFullBody().forEach(t -> out.append(t));
        for (var tag : doc.getBlockTags()) {
            out.append("\n").append(tag);
        }
        return out.toString().replaceAll("\\{@code ([^}]*)}", "$1").replaceAll("<[^>]+>", "").strip();
    }

    /**
     * {@code double[] x, Vector... ys} gives [double x, Vector ys]: base types and names. Only
     * commas outside {@code <...>} part parameters: {@code Map<String,? extends List<?>> grid} is one.
     */
    private static List<String> parameterNames(String list) {
        if (list.isBlank()) {
            return List.of();
        }
        List<String> parameters = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= list.length(); i++) {
            char c = i < list.length() ? list.charAt(i) : ',';
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (c == ',' && depth == 0) {
                String p = list.substring(start, i).strip();
                int space = p.lastIndexOf(' ');
                parameters.add(baseType(p.substring(0, space)) + " " + p.substring(space + 1));
                start = i + 1;
            }
        }
        return parameters;
    }

    /** {@code double[]...} and {@code java.lang.String} give {@code double} and {@code String}. */
    private static String baseType(String type) {
        String t = type.replace("...", "").replace("[]", "").strip();
        int generic = t.indexOf('<');
        t = generic >= 0 ? t.substring(0, generic) : t;
        return t.substring(t.lastIndexOf('.') + 1);
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
