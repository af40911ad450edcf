package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.NumericalInstabilityException;
import io.github.neuronkernel.engine.internal.Validate;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.SectionInternals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mistakes raise an {@link IllegalArgumentException} whose message names the parameter and the value
 * given, nothing changes, and the simulation stays usable: after fixing the value, the seed model
 * runs and writes exactly NEURON's file. A run whose v becomes NaN or infinite stops with a {@link
 * NumericalInstabilityException} naming the time and the section.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private SeedModel seed;
    private Simulation h;
    private Section soma;

    private void seed() {
        seed = new SeedModel();
        h = seed.h;
        soma = seed.soma;
    }

    private Path out() {
        return dir.resolve("seed.dat");
    }

    /** The seed model still runs and writes NEURON's file. */
    private void assertStillUsable() {
        seed.runAndCompare(out());
    }

    /** Requires an IllegalArgumentException whose message contains every one of {@code parts}. */
    static IllegalArgumentException assertRejected(Executable action, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        String message = String.valueOf(e.getMessage());
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "message \"" + message + "\" does not mention \"" + part + "\"");
        }
        return e;
    }

    // ---- section fields: L, diam, Ra, cm ----------------------------------------------------------

    private static final double[] BAD_POSITIVE = {0, -1, -0.5, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY};
    private static final String[] TRIGGERS = {"finitialize", "fadvance", "batchRun", "seg.get", "seg.area",
        "iterate", "psection"};

    static Stream<Arguments> badFields() {
        List<Arguments> cases = new ArrayList<>();
        String[] fields = {"L", "diam", "Ra", "cm"};
        int k = 0;
        for (String field : fields) {
            for (double value : BAD_POSITIVE) {
                // every field with every bad value, the trigger varying so that all are covered
                cases.add(Arguments.of(field, value, TRIGGERS[k++ % TRIGGERS.length]));
            }
        }
        for (String trigger : TRIGGERS) {
            cases.add(Arguments.of("diam", -3.0, trigger));
        }
        return cases.stream();
    }

    private static void setField(Section s, String field, double value) {
        switch (field) {
            case "L" -> s.L = value;
            case "diam" -> s.diam = value;
            case "Ra" -> s.Ra = value;
            case "cm" -> s.cm = value;
            default -> throw new AssertionError(field);
        }
    }

    @ParameterizedTest(name = "soma.{0} = {1}, noticed at {2}")
    @MethodSource("badFields")
    void sectionFieldNotPositiveAndFinite(String field, double value, String trigger) throws IOException {
        seed();
        h.finitialize(-65);
        for (int i = 0; i < 4; i++) {
            h.fadvance();
        }
        double t0 = h.t;
        double v0 = soma.at(0.5).get("v");
        double good = switch (field) {
            case "L" -> soma.L;
            case "diam" -> soma.diam;
            case "Ra" -> soma.Ra;
            default -> soma.cm;
        };
        setField(soma, field, value);
        Path file = dir.resolve("never.dat");
        Executable action = switch (trigger) {
            case "finitialize" -> () -> h.finitialize(-65);
            case "fadvance" -> h::fadvance;
            case "batchRun" -> () -> h.batchRun(2, 0.1, file.toString(), "x");
            case "seg.get" -> () -> soma.at(0.5).get("v");
            case "seg.area" -> () -> soma.at(0.5).area();
            case "iterate" -> () -> soma.iterator();
            case "psection" -> () -> soma.psection();
            default -> throw new AssertionError(trigger);
        };
        assertRejected(action, "soma." + field, Validate.num(value), "positive");
        assertEquals(t0, h.t, "t must not change");
        assertFalse(Files.exists(file), "no file may be created");
        setField(soma, field, good);
        assertEquals(v0, soma.at(0.5).get("v"), "v must not change");
        assertStillUsable();
    }

    @ParameterizedTest(name = "seg.set(\"{0}\", {1})")
    @MethodSource("badSegmentGeometry")
    void segmentDiamOrCmNotPositiveAndFinite(String variable, double value) {
        seed();
        assertRejected(() -> soma.at(0.5).set(variable, value), "soma(0.5)." + variable, Validate.num(value),
                "positive");
        assertEquals(variable.equals("diam") ? 10.0 : 1.0, soma.at(0.5).get(variable));
        assertStillUsable();
    }

    static Stream<Arguments> badSegmentGeometry() {
        return Stream.of("diam", "cm").flatMap(v -> java.util.Arrays.stream(BAD_POSITIVE).mapToObj(x -> Arguments.of(v, x)));
    }

    // ---- nseg -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "nseg = {0}")
    @ValueSource(ints = {0, -1, 32768, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void nsegOutOfRange(int nseg) {
        seed();
        soma.nseg = nseg;
        assertRejected(() -> h.finitialize(-65), "soma.nseg", Integer.toString(nseg), "1", "32767");
        soma.nseg = 1;
        assertStillUsable();
    }

    @Test
    void nsegLargestAllowed() {
        seed();
        Section big = h.Section("big");
        big.nseg = 32767;
        h.finitialize(-65);
        assertEquals(32767, SectionInternals.geometry(big).nseg());
        assertStillUsable();
    }

    // ---- x in sec.at(x) ---------------------------------------------------------------------------

    @ParameterizedTest(name = "soma.at({0})")
    @ValueSource(doubles = {-0.1, -1e-300, 1.0000001, 2, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void xOutsideZeroToOne(double x) {
        seed();
        assertRejected(() -> soma.at(x), "soma", "x", Validate.num(x), "0 to 1");
        assertStillUsable();
    }

    @Test
    void xAtTheEndsIsAllowed() {
        seed();
        assertEquals(-65.0, soma.at(0).get("v"), 0.0, "v defaults to -65 at the root node");
        soma.at(1).get("v");
        assertStillUsable();
    }

    // ---- mechanisms and variables -----------------------------------------------------------------

    @ParameterizedTest(name = "insert(\"{0}\")")
    @ValueSource(strings = {"hhh", "HH", "IClamp", "", "na_ion"})
    void unknownMechanism(String name) {
        seed();
        assertRejected(() -> soma.insert(name), "\"" + name + "\"", "hh", "pas");
        assertEquals(java.util.Set.of("hh"), soma.mechanisms());
        assertStillUsable();
    }

    @Test
    void uninsertUnknownMechanism() {
        seed();
        assertRejected(() -> soma.uninsert("kdr"), "\"kdr\"");
        assertStillUsable();
    }

    static Stream<Arguments> badVariables() {
        List<Arguments> cases = new ArrayList<>();
        for (String access : new String[] {"get", "set", "ref", "sec.set"}) {
            for (String name : new String[] {"foo", "m", "gnabar", "m_pas", "g_hh", "cai", "ica", "V"}) {
                cases.add(Arguments.of(access, name, "unknown"));
            }
            for (String name : new String[] {"g_pas", "e_pas", "i_pas"}) {
                cases.add(Arguments.of(access, name, "not inserted"));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} \"{1}\" ({2})")
    @MethodSource("badVariables")
    void unknownOrNotInsertedVariable(String access, String name, String why) {
        seed();
        Executable action = switch (access) {
            case "get" -> () -> soma.at(0.5).get(name);
            case "set" -> () -> soma.at(0.5).set(name, 0.25);
            case "ref" -> () -> soma.at(0.5).ref(name);
            default -> () -> soma.set(name, 0.25);
        };
        IllegalArgumentException e = assertRejected(action, name, "soma(0.5)");
        if (why.equals("not inserted")) {
            assertTrue(e.getMessage().contains("pas"), e.getMessage());
        }
        assertStillUsable();
    }

    @Test
    void variableOfAMechanismInsertedElsewhere() {
        seed();
        Section dend = h.Section("dend");
        dend.insert("pas");
        assertEquals(0.001, dend.at(0.5).get("g_pas"));
        assertRejected(() -> soma.at(0.5).get("g_pas"), "g_pas", "soma");
        assertRejected(() -> dend.at(0.5).ref("m_hh"), "m_hh", "dend");
        assertRejected(() -> dend.at(0.5).get("ina"), "ina", "dend");
        assertStillUsable();
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("gnabar_hh", -0.1),
                Arguments.of("gkbar_hh", Double.NaN),
                Arguments.of("gl_hh", Double.NEGATIVE_INFINITY),
                Arguments.of("el_hh", Double.NaN),
                Arguments.of("el_hh", Double.POSITIVE_INFINITY),
                Arguments.of("v", Double.NaN),
                Arguments.of("v", Double.POSITIVE_INFINITY),
                Arguments.of("m_hh", Double.NaN),
                Arguments.of("ena", Double.NaN));
    }

    @ParameterizedTest(name = "set(\"{0}\", {1})")
    @MethodSource("badValues")
    void badValueForAKnownVariable(String variable, double value) {
        seed();
        h.finitialize(-65);
        double before = soma.at(0.5).get(variable);
        assertRejected(() -> soma.at(0.5).set(variable, value), variable, Validate.num(value));
        assertEquals(before, soma.at(0.5).get(variable), "the value must not change");
        assertStillUsable();
    }

    @Test
    void unknownPointProcessVariableOrGlobal() {
        seed();
        assertRejected(() -> seed.iclamp.ref("foo"), "foo", "IClamp");
        assertRejected(() -> h.ref("tstop"), "tstop", "t");
        assertRejected(() -> h.ref("v"), "\"v\"");
        assertStillUsable();
    }

    @Test
    void locationOfAnotherSimulation() {
        seed();
        Simulation other = new Simulation();
        Section elsewhere = other.Section("elsewhere");
        assertRejected(() -> h.IClamp(elsewhere.at(0.5)), "elsewhere", "another simulation");
        assertRejected(() -> soma.connect(elsewhere.at(1)), "elsewhere", "another simulation");
        assertEquals(null, soma.parent());
        assertStillUsable();
    }

    /** A saved variable whose mechanism was removed afterwards: batchRun refuses before any step or file. */
    @Test
    void batchSaveOfAVariableWhoseMechanismWasRemoved() {
        seed();
        Section dend = h.Section("dend");
        dend.insert("pas");
        h.batchSave(dend.at(0.5).ref("g_pas"));
        dend.uninsert("pas");
        h.finitialize(-65);
        Path file = dir.resolve("stale.dat");
        assertRejected(() -> h.batchRun(1, 0.1, file.toString()), "g_pas", "dend");
        assertEquals(0.0, h.t);
        assertFalse(Files.exists(file));
        h.batchSave();
        h.batchSave(h.ref("t"), soma.at(0.5).ref("v"));
        assertStillUsable();
    }

    /** A recorded variable whose mechanism was removed: finitialize says so; re-inserting it fixes it. */
    @Test
    void recordOfAVariableWhoseMechanismWasRemoved() {
        seed();
        Section dend = h.Section("dend");
        dend.insert("pas");
        Vector g = h.Vector().record(dend.at(0.5).ref("g_pas"));
        h.finitialize(-65);
        assertEquals(1, g.size());
        dend.uninsert("pas");
        assertRejected(() -> h.finitialize(-65), "g_pas", "dend");
        dend.insert("pas");
        assertStillUsable();
        assertEquals(81, g.size());
    }

    @Test
    void noStaleSamplesAfterAFailedFinitialize() {
        seed();
        Section dend = h.Section("dend");
        dend.insert("pas");
        Vector g = h.Vector().record(dend.at(0.5).ref("g_pas"));
        h.finitialize(-65);
        dend.uninsert("pas");
        assertRejected(() -> h.finitialize(-65), "g_pas");
        int before = g.size();
        try {
            h.fadvance();
        } catch (IllegalArgumentException refused) {
            return; // refusing to step is fine too
        }
        assertEquals(before, g.size(), "the vector recorded g_pas of a mechanism that is no longer inserted");
    }

    // ---- connect ----------------------------------------------------------------------------------

    @Test
    void connectMakingALoop() {
        seed();
        Section a = h.Section("a");
        Section b = h.Section("b");
        Section c = h.Section("c");
        b.connect(a.at(1));
        c.connect(b.at(0.5));
        String before = h.topologyText();
        assertRejected(() -> a.connect(c.at(1)), "a", "c", "loop");
        assertRejected(() -> a.connect(b.at(0)), "a", "b", "loop");
        assertRejected(() -> b.connect(c.at(1), 1), "b", "c", "loop");
        assertEquals(before, h.topologyText(), "the tree must not change");
        assertEquals(null, a.parent());
        assertStillUsable();
    }

    @Test
    void connectToItself() {
        seed();
        assertRejected(() -> soma.connect(soma.at(0.5)), "soma", "itself");
        assertRejected(() -> soma.connect(soma.at(1), 1), "soma", "itself");
        assertRejected(() -> soma.connect(soma), "soma", "itself");
        assertEquals(null, soma.parent());
        assertStillUsable();
    }

    @ParameterizedTest(name = "childEnd = {0}")
    @ValueSource(doubles = {0.5, -1, 2, Double.NaN})
    void connectWithAChildEndOtherThanZeroOrOne(double childEnd) {
        seed();
        Section d = h.Section("d");
        assertRejected(() -> d.connect(soma.at(1), childEnd), "childEnd", Validate.num(childEnd));
        assertEquals(null, d.parent());
        assertStillUsable();
    }

    // ---- dt ---------------------------------------------------------------------------------------

    static Stream<Arguments> badDt() {
        List<Arguments> cases = new ArrayList<>();
        double[] values = {0, -0.025, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        String[] triggers = {"finitialize", "fadvance", "batchRun"};
        for (double v : values) {
            for (String t : triggers) {
                cases.add(Arguments.of(v, t));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "dt = {0}, noticed at {1}")
    @MethodSource("badDt")
    void dtNotPositiveAndFinite(double dt, String trigger) {
        seed();
        h.finitialize(-65);
        h.fadvance();
        double t0 = h.t;
        h.dt = dt;
        Path file = dir.resolve("never.dat");
        Executable action = switch (trigger) {
            case "finitialize" -> () -> h.finitialize(-65);
            case "fadvance" -> h::fadvance;
            default -> () -> h.batchRun(1, 0.1, file.toString());
        };
        assertRejected(action, "dt", Validate.num(dt), "positive");
        assertEquals(t0, h.t);
        assertFalse(Files.exists(file));
        h.dt = 0.025;
        assertStillUsable();
    }

    // ---- batchRun ---------------------------------------------------------------------------------

    static Stream<Arguments> badTimes() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        return Stream.of(
                Arguments.of(-1.0, 0.1, "tstop", "-1"),
                Arguments.of(-1e-9, 0.1, "tstop", "-1.0E-9"),
                Arguments.of(nan, 0.1, "tstop", "NaN"),
                Arguments.of(inf, 0.1, "tstop", "Infinity"),
                Arguments.of(-inf, 0.1, "tstop", "-Infinity"),
                Arguments.of(1e21, 0.1, "tstop", "1.0E21"),
                Arguments.of(2.0, -0.1, "tstep", "-0.1"),
                Arguments.of(2.0, nan, "tstep", "NaN"),
                Arguments.of(2.0, inf, "tstep", "Infinity"),
                Arguments.of(2.0, -inf, "tstep", "-Infinity"));
    }

    @ParameterizedTest(name = "batchRun({0}, {1})")
    @MethodSource("badTimes")
    void batchRunWithABadTime(double tstop, double tstep, String what, String shown) throws IOException {
        seed();
        h.finitialize(-65);
        for (int i = 0; i < 3; i++) {
            h.fadvance();
        }
        double t0 = h.t;
        double v0 = soma.at(0.5).get("v");
        Path file = dir.resolve("bad.dat");
        List<String> heard = new ArrayList<>();
        h.addRunListener(new io.github.neuronkernel.engine.run.RunListener() {
            @Override
            public void started(io.github.neuronkernel.engine.run.RunStart start) {
                heard.add("started");
            }
        });
        assertRejected(() -> h.batchRun(tstop, tstep, file.toString(), "c"), what, shown);
        assertRejected(() -> h.batchRun(tstop, tstep), what, shown);
        assertEquals(t0, h.t, "no time may pass");
        assertEquals(v0, soma.at(0.5).get("v"));
        assertFalse(Files.exists(file), "no file may be created");
        assertEquals(List.of(), heard, "listeners hear nothing of a rejected run");
        // an existing file is not truncated either
        Files.writeString(file, "keep me\n");
        assertRejected(() -> h.batchRun(tstop, tstep, file.toString(), "c"), what);
        assertEquals("keep me\n", Files.readString(file));
        assertStillUsable();
    }

    @Test
    void batchRunIntoAMissingDirectory() {
        seed();
        h.finitialize(-65);
        h.fadvance();
        double t0 = h.t;
        Path missing = dir.resolve("no such dir");
        Path file = missing.resolve("out.dat");
        assertRejected(() -> h.batchRun(2, 0.1, file.toString(), "c"), file.toString());
        assertEquals(t0, h.t, "no time may pass");
        assertFalse(Files.exists(missing), "the directory must not be created");
        assertStillUsable();
    }

    @Test
    void batchRunIntoADirectory() throws IOException {
        seed();
        h.finitialize(-65);
        double t0 = h.t;
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertRejected(() -> h.batchRun(2, 0.1, sub.toString(), "c"), sub.toString());
        assertEquals(t0, h.t);
        assertTrue(Files.isDirectory(sub));
        try (var list = Files.list(sub)) {
            assertEquals(0, list.count());
        }
        assertStillUsable();
    }

    // ---- a run that diverges ----------------------------------------------------------------------

    /** Two cells; v of the second is set absurdly high mid-run, so its values overflow to NaN. */
    private NumericalInstabilityException diverge(Consumer<Simulation> run) {
        seed();
        Section axon = h.Section("axon");
        axon.L = 10;
        axon.diam = 10;
        axon.nseg = 3;
        axon.insert("hh");
        h.finitialize(-65);
        for (int i = 0; i < 4; i++) {
            h.fadvance();
        }
        axon.at(0.5).set("v", 1e308);
        return assertThrows(NumericalInstabilityException.class, () -> run.accept(h));
    }

    @Test
    void nanStopsFadvance() {
        double before = 0.1;
        NumericalInstabilityException e = diverge(sim -> {
            for (int i = 0; i < 1000; i++) {
                sim.fadvance();
            }
        });
        assertEquals("axon", e.section());
        assertTrue(e.getMessage().contains("axon"), e.getMessage());
        assertTrue(e.time() > before && e.time() < 1, "time " + e.time());
        assertTrue(e.getMessage().contains("t = " + e.time()), e.getMessage());
        // usable: reinitialise (the axon is a separate cell) and the seed still runs as NEURON's
        assertStillUsable();
    }

    @Test
    void nanStopsBatchRun() throws IOException {
        Path file = dir.resolve("diverged.dat");
        NumericalInstabilityException e = diverge(sim -> sim.batchRun(5, 0.025, file.toString(), "diverges"));
        assertEquals("axon", e.section());
        assertTrue(e.getMessage().contains("axon") && e.getMessage().contains("t = "), e.getMessage());
        assertTrue(e.getMessage().contains("diverged.dat was not created"), e.getMessage());
        List<String> lines = Files.readAllLines(dir.resolve("diverged.dat.partial"));
        assertEquals("diverges", lines.get(0));
        assertTrue(lines.size() >= 3 && lines.size() < 200, "the .partial file holds the lines written before: "
                + lines.size());
        assertStillUsable();
    }

    /** After a diverged step, h.t should be a time the message names or the step's start, not its midpoint. */
    @Test
    void timeAfterDivergenceIsConsistent() {
        NumericalInstabilityException e = diverge(sim -> {
            for (int i = 0; i < 1000; i++) {
                sim.fadvance();
            }
        });
        assertEquals(e.time(), h.t, "h.t after the failed step");
    }
}
