package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The objects users hold show their API only: what {@code getMethods()} lists (and so what
 * completion offers after {@code stim.}) is the user's, never the engine's lifecycle, event or
 * solver machinery; the machinery still runs (a loaded point process's kinetic scheme and
 * NET_RECEIVE go through the engine's bridges).
 */
class UserSurfaceTest {
    /** The engine's machinery, which no user-held class may show (the solvers' fill is also Vector.fill). */
    private static final Set<String> MACHINERY = Set.of("current", "jacobian", "state", "place", "node", "validate",
            "initialize", "describeParameters", "checkTables", "ionUses", "order", "receive", "weightCount",
            "initializesWeights", "initializeWeights", "value", "watchCondition", "residual", "setState",
            "restart", "rebind", "playInit", "playContinuous", "recordInit", "sample", "resetSpikes", "recordSpike",
            "netEvent", "selfIndex", "eventTarget", "newEventTarget", "owner", "model", "geometry");

    /** A point process whose KINETIC block the sparse solver calls back, and which takes events. */
    private static final String KIN_DECAY = """
            NEURON {
                POINT_PROCESS KinDecay
                RANGE kf
                NONSPECIFIC_CURRENT i
            }
            PARAMETER { kf = 0.5 (/ms) }
            ASSIGNED { v (mV) i (nA) }
            STATE { A B }
            INITIAL { A = 1 B = 0 }
            BREAKPOINT {
                SOLVE scheme METHOD sparse
                i = 0
            }
            KINETIC scheme { ~ A <-> B (kf, 0) }
            NET_RECEIVE (w) { A = A + w }
            """;

    @TempDir
    Path dir;

    @Test
    void builtInPointProcessesShowTheirPlaceAndVariablesOnly() {
        var h = new Simulation();
        var soma = h.Section("soma");
        Set<String> located = Set.of("getSegment", "getLoc", "ref", "toString");
        for (Object p : new Object[] {h.IClamp(soma.at(0.5)), h.ExpSyn(soma.at(0.5)), h.Exp2Syn(soma.at(0.5)),
                h.SEClamp(soma.at(0.5)), h.VClamp(soma.at(0.5)), h.AlphaSynapse(soma.at(0.5))}) {
            assertEquals(located, userMethods(p.getClass()), p.getClass().getSimpleName());
        }
        assertEquals(Set.of("getSegment", "getLoc", "ref", "toString", "record"),
                userMethods(h.APCount(soma.at(0.5)).getClass()));
    }

    @Test
    void builtInArtificialCellsShowTheirOwnMethodsOnly() {
        var h = new Simulation();
        assertEquals(Set.of("seed", "toString"), userMethods(h.NetStim().getClass()));
        assertEquals(Set.of("M", "ref", "toString"), userMethods(h.IntFire1().getClass()));
        assertEquals(Set.of("M", "I", "ref", "toString"), userMethods(h.IntFire2().getClass()));
        assertEquals(Set.of("M", "I", "E", "ref", "toString"), userMethods(h.IntFire4().getClass()));
    }

    @Test
    void loadedPointProcessesAndCellsShowTheirVariablesOnly() throws IOException {
        var h = new Simulation();
        Path mod = Files.writeString(dir.resolve("kindecay.mod"), KIN_DECAY);
        h.loadMechanisms(mod.toString());
        h.loadMechanisms(Path.of("src/test/resources/nmodl/mod/vwatch.mod").toString());
        h.loadMechanisms(Path.of("src/test/resources/nmodl/mod/ifref.mod").toString());
        var soma = h.Section("soma");
        Set<String> byName = Set.of("get", "set", "ref", "getSegment", "getLoc", "toString");
        // the generated classes, which are what users' objects are at run time
        assertEquals(byName, userMethods(h.PointProcess("KinDecay", soma.at(0.5)).getClass()));
        assertEquals(byName, userMethods(h.PointProcess("VWatch", soma.at(0.5)).getClass()));
        assertEquals(Set.of("get", "set", "ref", "toString"), userMethods(h.PointProcess("IFRef").getClass()));
    }

    @Test
    void otherObjectsUsersHoldShowNoMachinery() {
        var h = new Simulation();
        Section soma = h.Section("soma");
        for (Class<?> c : new Class<?>[] {Simulation.class, Vector.class, io.github.neuronkernel.engine.event.NetCon.class,
                SectionList.class, Section.class, io.github.neuronkernel.engine.model.Segment.class}) {
            Set<String> shown = new TreeSet<>(userMethods(c));
            shown.retainAll(MACHINERY);
            assertEquals(Set.of(), shown, c.getSimpleName());
        }
        assertTrue(soma.at(0.5).x == 0.5);
    }

    /** The machinery works through the bridges: the sparse solver's backward Euler, an event's weight. */
    @Test
    void aLoadedKineticPointProcessStillSolvesAndReceives() throws IOException {
        var h = new Simulation();
        h.loadMechanisms(Files.writeString(dir.resolve("kindecay.mod"), KIN_DECAY).toString());
        var soma = h.Section("soma");
        soma.insert("pas");
        var p = h.PointProcess("KinDecay", soma.at(0.5));
        var stim = h.NetStim();
        stim.start = 0.5;
        stim.number = 1;
        var nc = h.NetCon(stim, p);
        nc.delay = 0;
        nc.weight[0] = 2;
        h.dt = 0.025;
        h.finitialize(-65);
        for (int n = 0; n < 10; n++) {
            h.fadvance();
        }
        // ~ A <-> B (kf, 0) by sparse is backward Euler: A shrinks by 1 + kf dt each step
        assertEquals(Math.pow(1 / 1.0125, 10), p.get("A"), 1e-14);
        for (int n = 0; n < 30; n++) {
            h.fadvance();
        }
        assertTrue(p.get("A") > 1.5, "the event at 0.5 ms added its weight: A = " + p.get("A"));
        assertEquals(1.0, p.get("A") + p.get("B") - 2, 1e-12, "A + B is conserved between events");
    }

    /** @return the names of the public instance methods a class shows beyond Object's */
    private static Set<String> userMethods(Class<?> c) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(c.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .forEach(names::add);
        Set<String> machinery = new TreeSet<>(names);
        machinery.retainAll(MACHINERY);
        assertEquals(Set.of(), machinery, c.getName() + " shows engine machinery");
        return names;
    }
}
