package io.github.neuronkernel.engine.nmodl;

import io.github.neuronkernel.engine.event.EventSystem;
import io.github.neuronkernel.engine.mechanism.DensityMechanism;
import io.github.neuronkernel.engine.mechanism.DensityType;
import io.github.neuronkernel.engine.mechanism.IonUse;
import io.github.neuronkernel.engine.mechanism.MechanismCatalog;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.nmodl.codegen.JavaGenerator;
import io.github.neuronkernel.engine.nmodl.codegen.Layout;
import io.github.neuronkernel.engine.nmodl.codegen.MemoryCompiler;
import io.github.neuronkernel.engine.nmodl.model.Checker;
import io.github.neuronkernel.engine.nmodl.model.MechanismSpec;
import io.github.neuronkernel.engine.nmodl.model.Symbol;
import io.github.neuronkernel.engine.nmodl.runtime.Globals;
import io.github.neuronkernel.engine.nmodl.runtime.InstanceVariables;
import io.github.neuronkernel.engine.nmodl.runtime.PointType;
import io.github.neuronkernel.engine.nmodl.runtime.Scratch;
import io.github.neuronkernel.engine.model.Segment;
import io.github.neuronkernel.engine.state.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import io.github.neuronkernel.engine.nmodl.syntax.Ast;
import io.github.neuronkernel.engine.nmodl.syntax.NmodlException;
import io.github.neuronkernel.engine.nmodl.syntax.Parser;
import io.github.neuronkernel.engine.nmodl.syntax.Source;
import io.github.neuronkernel.engine.state.CableState;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Loads NMODL mechanisms into one simulation's catalogue: reads the files, parses and checks all
 * of them, generates and compiles their Java in one run, then registers them, in file-name order
 * as NEURON's nrnivmodl does. Nothing is registered unless every file got that far, so a mistake
 * in one file leaves the simulation as it was.
 */
public final class NmodlLoader {
    private static final AtomicLong SERIAL = new AtomicLong();

    private NmodlLoader() {}

    /**
     * A loaded mechanism: its description, the globals users may read and set, and for a
     * POINT_PROCESS or ARTIFICIAL_CELL how to make instances (null for a density mechanism).
     */
    public record Loaded(MechanismSpec spec, Layout layout, Globals globals, PointType point) {}

    /**
     * @param path a {@code .mod} file or a directory of them
     * @return the sources in NEURON's registration order
     * @throws IllegalArgumentException naming the path if it cannot be read or holds no .mod file
     */
    public static List<Source> read(Path path) {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".mod")).sorted().toList();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the directory " + path + ": " + e.getMessage(), e);
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("the directory " + path + " holds no .mod file");
            }
        } else if (Files.isRegularFile(path)) {
            files = List.of(path);
        } else {
            throw new IllegalArgumentException("no such .mod file or directory: " + path);
        }
        List<Source> sources = new ArrayList<>();
        for (Path f : files) {
            try {
                sources.add(new Source(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        return sources;
    }

    /**
     * Parses, checks, compiles and registers mechanisms.
     *
     * @param sources the files, in registration order
     * @param catalog the simulation's catalogue
     * @return what was loaded, in order
     * @throws NmodlException for a mistake in a file (nothing is registered then)
     */
    public static List<Loaded> load(List<Source> sources, MechanismCatalog catalog) {
        List<MechanismSpec> specs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Source s : sources) {
            Ast.Program program = Parser.parse(s);
            MechanismSpec spec = Checker.check(program);
            Ast.Pos at = program.neuron().pos();
            if (spec.kind() == MechanismSpec.Kind.ARTIFICIAL_CELL && !spec.ions().isEmpty()) {
                throw new NmodlException(s, at.line(), at.column(), "an ARTIFICIAL_CELL has no membrane, so it"
                        + " cannot USEION; make it a POINT_PROCESS");
            }
            if (catalog.contains(spec.name()) || names.contains(spec.name())) {
                throw new NmodlException(s, at.line(), at.column(), "a mechanism named \"" + spec.name()
                        + "\" already exists in this simulation (built in or loaded before): give the mechanism"
                        + " another name");
            }
            names.add(spec.name());
            specs.add(spec);
        }
        Map<String, String> code = new LinkedHashMap<>();
        List<Layout> layouts = new ArrayList<>();
        for (MechanismSpec spec : specs) {
            Layout layout = new Layout(spec);
            layouts.add(layout);
            String cls = "M_" + spec.name() + "_" + SERIAL.incrementAndGet();
            code.put(JavaGenerator.PACKAGE + "." + cls, spec.kind() == MechanismSpec.Kind.DENSITY
                    ? JavaGenerator.density(spec, layout, cls) : JavaGenerator.object(spec, layout, cls));
        }
        Map<String, Class<?>> classes = MemoryCompiler.compile(code);
        List<String> classNames = new ArrayList<>(code.keySet());
        List<Loaded> loaded = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            loaded.add(register(specs.get(i), layouts.get(i), classes.get(classNames.get(i)), catalog));
        }
        return loaded;
    }

    private static Loaded register(MechanismSpec spec, Layout layout, Class<?> cls, MechanismCatalog catalog) {
        Globals globals = globals(spec, layout, cls);
        return spec.kind() == MechanismSpec.Kind.DENSITY ? registerDensity(spec, layout, cls, catalog, globals)
                : registerObject(spec, layout, cls, catalog, globals);
    }

    private static Globals globals(MechanismSpec spec, Layout layout, Class<?> cls) {
        double[] defaults = layout.globals.stream().mapToDouble(Symbol::value).toArray();
        int[][] shapes = new int[layout.tabled.size()][];
        for (int t = 0; t < shapes.length; t++) {
            String f = layout.tabled.get(t);
            Ast.Table table = spec.tables().get(f);
            int vars = spec.functions().get(f).procedure() ? table.names().size() : 1;
            shapes[t] = new int[] {vars, Layout.intervals(table) + 1, table.depend().size()};
        }
        MethodHandle factory;
        try {
            factory = MethodHandles.publicLookup().findStatic(cls, "newScratch", MethodType.methodType(Scratch.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated class " + cls.getName() + " has no newScratch()", e);
        }
        return new Globals(defaults, () -> {
            try {
                return (Scratch) factory.invoke();
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }, shapes);
    }

    private static Loaded registerObject(MechanismSpec spec, Layout layout, Class<?> cls, MechanismCatalog catalog,
            Globals globals) {
        MethodHandle ctor = constructor(cls, PointType.class, Segment.class, Clock.class, EventSystem.class,
                int.class);
        AtomicInteger serial = new AtomicInteger();
        PointType type = new PointType(spec.name(), catalog.takeOrder(),
                spec.kind() == MechanismSpec.Kind.ARTIFICIAL_CELL, new InstanceVariables(variables(layout)), globals,
                ionUses(spec, catalog), (t, location, clock, events) -> {
                    try {
                        return ctor.invoke(t, location, clock, events, serial.getAndIncrement());
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                });
        catalog.registerPointName(spec.name());
        return new Loaded(spec, layout, globals, type);
    }

    /** Registers the ions a mechanism uses and says how it uses them (which decides NEURON's ion style). */
    private static List<IonUse> ionUses(MechanismSpec spec, MechanismCatalog catalog) {
        List<IonUse> ions = new ArrayList<>();
        for (MechanismSpec.IonUse u : spec.ions()) {
            catalog.requireIon(u.ion(), u.valence());
            boolean readsConc = u.read().contains(u.ion() + "i") || u.read().contains(u.ion() + "o");
            ions.add(new IonUse(u.ion(), readsConc && !u.writesConcentration(), u.writesConcentration()));
        }
        return List.copyOf(ions);
    }

    private static MethodHandle constructor(Class<?> cls, Class<?>... parameters) {
        try {
            return MethodHandles.publicLookup().findConstructor(cls, MethodType.methodType(void.class, parameters));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated class " + cls.getName() + " has no constructor", e);
        }
    }

    private static List<Variable> variables(Layout layout) {
        List<Variable> variables = new ArrayList<>();
        for (Symbol s : layout.range) {
            Variable.Kind kind = switch (s.kind()) {
                case PARAMETER -> Variable.Kind.PARAMETER;
                case STATE -> Variable.Kind.STATE;
                default -> Variable.Kind.ASSIGNED;
            };
            variables.add(new Variable(s.name(), s.unit(), s.value(), s.min(), s.max(), kind));
        }
        return variables;
    }

    private static Loaded registerDensity(MechanismSpec spec, Layout layout, Class<?> cls, MechanismCatalog catalog,
            Globals globals) {
        MethodHandle ctor = constructor(cls, DensityType.class, int[].class, CableState.class, Globals.class);
        List<Variable> variables = variables(layout);
        List<IonUse> ions = ionUses(spec, catalog);
        boolean writesConc = spec.ions().stream().anyMatch(MechanismSpec.IonUse::writesConcentration);
        // NEURON runs a mechanism that writes a concentration right after the ions, before the others
        int order = writesConc ? 6 : catalog.takeOrder();
        DensityType[] self = new DensityType[1];
        self[0] = new DensityType(spec.name(), order, List.copyOf(variables), List.copyOf(ions), (nodes, state) -> {
            try {
                return (DensityMechanism) ctor.invoke(self[0], nodes, state, globals);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
        catalog.register(self[0]);
        return new Loaded(spec, layout, globals, null);
    }
}
