package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.mechanism.DensityType;
import io.github.neuronkernel.engine.mechanism.Unit;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.mechanism.builtin.APCount;
import io.github.neuronkernel.engine.mechanism.builtin.AlphaSynapse;
import io.github.neuronkernel.engine.mechanism.builtin.Exp2Syn;
import io.github.neuronkernel.engine.mechanism.builtin.ExpSyn;
import io.github.neuronkernel.engine.mechanism.builtin.Hh;
import io.github.neuronkernel.engine.mechanism.builtin.IClamp;
import io.github.neuronkernel.engine.mechanism.builtin.IntFire1;
import io.github.neuronkernel.engine.mechanism.builtin.IntFire2;
import io.github.neuronkernel.engine.mechanism.builtin.IntFire4;
import io.github.neuronkernel.engine.mechanism.builtin.NetStim;
import io.github.neuronkernel.engine.mechanism.builtin.Pas;
import io.github.neuronkernel.engine.mechanism.builtin.SEClamp;
import io.github.neuronkernel.engine.mechanism.builtin.VClamp;
import io.github.neuronkernel.engine.model.Section;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The table of built-in mechanisms ({@code docs/mechanisms.md}, {@code h.help}) is the engine's own
 * description: the committed page is what {@link MechanismTable} generates now, every variable has
 * a meaning, each descriptor matches its object's fields (name, unit, default), and each range it
 * states is the range the engine enforces.
 */
class MechanismTableTest {
    private static final Path PAGE = Path.of("../docs/mechanisms.md");

    @Test
    void theCommittedPageIsUpToDate() throws IOException {
        assertEquals(MechanismTable.markdown(), Files.readString(PAGE), "docs/mechanisms.md is out of date: run"
                + " java -cp engine/target/classes io.github.neuronkernel.engine.api.MechanismTable docs/mechanisms.md");
    }

    @Test
    void everyBuiltInVariableAndGlobalHasAMeaning() {
        var h = new Simulation();
        for (String name : BuiltinDocs.NAMES) {
            MechanismDoc doc = BuiltinDocs.of(name, h::get);
            assertFalse(doc.variables().isEmpty(), name);
            List<MechanismDoc.Row> rows = new ArrayList<>(doc.variables());
            rows.addAll(doc.globals());
            for (MechanismDoc.Row r : rows) {
                assertFalse(r.meaning().isBlank(), name + "." + r.name() + " has no meaning");
            }
            assertTrue(h.help().contains("\n  " + name + " "), name + " is missing from h.help()");
            assertEquals(doc.text(), h.help(name));
        }
    }

    /** Point processes and cells: the descriptors name the public fields, with their units and defaults. */
    @Test
    void descriptorsMatchTheObjectsFields() throws Exception {
        var h = new Simulation();
        Section soma = h.Section("soma");
        Map<Object, List<Variable>> built = Map.ofEntries(Map.entry(h.IClamp(soma.at(0.5)), IClamp.VARIABLES),
                Map.entry(h.SEClamp(soma.at(0.5)), SEClamp.VARIABLES), Map.entry(h.VClamp(soma.at(0.5)), VClamp.VARIABLES),
                Map.entry(h.ExpSyn(soma.at(0.5)), ExpSyn.VARIABLES), Map.entry(h.Exp2Syn(soma.at(0.5)), Exp2Syn.VARIABLES),
                Map.entry(h.AlphaSynapse(soma.at(0.5)), AlphaSynapse.VARIABLES),
                Map.entry(h.APCount(soma.at(0.5)), APCount.VARIABLES), Map.entry(h.NetStim(), NetStim.VARIABLES),
                Map.entry(h.IntFire1(), IntFire1.VARIABLES), Map.entry(h.IntFire2(), IntFire2.VARIABLES),
                Map.entry(h.IntFire4(), IntFire4.VARIABLES));
        for (var e : built.entrySet()) {
            Object o = e.getKey();
            List<String> fields = new ArrayList<>();
            for (Field f : o.getClass().getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    fields.add(f.getName());
                }
            }
            List<String> described = e.getValue().stream().map(Variable::name).toList();
            assertEquals(fields.stream().sorted().toList(), described.stream().sorted().toList(), o.getClass().getName());
            for (Variable v : e.getValue()) {
                Field f = o.getClass().getField(v.name());
                double value = f.getType() == double[].class ? ((double[]) f.get(o))[0] : f.getDouble(o);
                String what = o.getClass().getSimpleName() + "." + v.name();
                assertEquals(v.defaultValue(), value, what + " default");
                Unit unit = f.getAnnotation(Unit.class);
                if (unit != null) {
                    assertEquals(v.unit(), unit.value(), what + " unit");
                }
            }
        }
    }

    /** Each stated range is enforced: a value just outside it is refused, naming the field, before a run. */
    @Test
    void theStatedRangesAreTheEnforcedOnes() throws Exception {
        Map<String, Function<Simulation, Object>> make = Map.of("IClamp", h -> h.IClamp(h.section("soma").at(0.5)),
                "SEClamp", h -> h.SEClamp(h.section("soma").at(0.5)), "VClamp", h -> h.VClamp(h.section("soma").at(0.5)),
                "ExpSyn", h -> h.ExpSyn(h.section("soma").at(0.5)), "AlphaSynapse",
                h -> h.AlphaSynapse(h.section("soma").at(0.5)), "APCount", h -> h.APCount(h.section("soma").at(0.5)),
                "NetStim", Simulation::NetStim, "IntFire1", Simulation::IntFire1, "IntFire2", Simulation::IntFire2,
                "IntFire4", Simulation::IntFire4);
        Map<String, List<Variable>> variables = Map.of("IClamp", IClamp.VARIABLES, "SEClamp", SEClamp.VARIABLES,
                "VClamp", VClamp.VARIABLES, "ExpSyn", ExpSyn.VARIABLES, "AlphaSynapse", AlphaSynapse.VARIABLES,
                "APCount", APCount.VARIABLES, "NetStim", NetStim.VARIABLES, "IntFire1", IntFire1.VARIABLES,
                "IntFire2", IntFire2.VARIABLES, "IntFire4", IntFire4.VARIABLES);
        int checked = 0;
        for (String type : make.keySet()) {
            for (Variable v : variables.get(type)) {
                if (v.kind() != Variable.Kind.PARAMETER) {
                    continue;
                }
                for (double bad : outside(v)) {
                    var h = new Simulation();
                    h.Section("soma").insert("pas");
                    Object o = make.get(type).apply(h);
                    Field f = o.getClass().getField(v.name());
                    if (f.getType() == double[].class) {
                        ((double[]) f.get(o))[1] = bad;
                    } else {
                        f.setDouble(o, bad);
                    }
                    var e = assertThrows(IllegalArgumentException.class, h::finitialize, type + "." + v.name() + " = " + bad);
                    assertTrue(e.getMessage().contains(v.name()), e.getMessage());
                    checked++;
                }
            }
        }
        assertTrue(checked > 40, "checked " + checked);
    }

    /** Density mechanisms: a value outside a parameter's range is refused by sec.set and seg.set. */
    @Test
    void densityParametersRefuseValuesOutsideTheirRange() {
        for (DensityType type : List.of(Hh.TYPE, Pas.TYPE)) {
            for (Variable v : type.variables()) {
                if (v.kind() != Variable.Kind.PARAMETER) {
                    continue;
                }
                for (double bad : outside(v)) {
                    var h = new Simulation();
                    Section soma = h.Section("soma");
                    soma.insert(type.name());
                    String name = v.name() + "_" + type.name();
                    assertThrows(IllegalArgumentException.class, () -> soma.set(name, bad), name + " = " + bad);
                    assertThrows(IllegalArgumentException.class, () -> soma.at(0.5).set(name, bad), name + " = " + bad);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new Simulation().set("usetable_hh", 2));
    }

    /** @return values a variable must refuse: NaN, and beyond each finite bound */
    private static List<Double> outside(Variable v) {
        List<Double> bad = new ArrayList<>(List.of(Double.NaN));
        if (!v.allowsInfinity()) {
            bad.add(Double.POSITIVE_INFINITY);
        }
        if (v.mustBePositive()) {
            bad.add(0.0);
        } else if (v.min() > -Double.MAX_VALUE && v.min() != Double.NEGATIVE_INFINITY) {
            bad.add(v.min() - Math.max(1, Math.abs(v.min())));
        }
        if (v.max() < Double.MAX_VALUE) {
            bad.add(v.max() + Math.max(1, Math.abs(v.max())));
        }
        return bad;
    }
}
