package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Completion and inspection inside the strings that name mechanisms, variables and globals. */
class StringCompletionTest {
    private static Evaluator evaluator;

    @BeforeAll
    static void start() {
        evaluator = new Evaluator(new PrintStream(new ByteArrayOutputStream()));
        evaluator.runStartup(Startup.SCRIPT);
        CellOutcome loaded = evaluator.eval("%%nmodl\nNEURON { SUFFIX leak NONSPECIFIC_CURRENT i RANGE g, e GLOBAL q }\n"
                + "PARAMETER { g = .001 (S/cm2) <0, 1e9> e = -70 (mV) q = 2 }\nASSIGNED { v (mV) i (mA/cm2) }\n"
                + "BREAKPOINT { i = g*(v - e) }\n", 1);
        assertEquals(List.of("leak"), loaded.value(), String.valueOf(loaded.error()));
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    private static CodeAssist.Completions complete(String code) {
        return evaluator.assist().complete(code, code.length());
    }

    @Test
    void insertOffersTheMechanismsLoadedOnesIncluded() {
        String code = "soma.insert(\"";
        CodeAssist.Completions c = complete(code);
        assertEquals(List.of("pas", "hh", "leak"), c.matches());
        assertEquals(code.length(), c.start());
        assertEquals(List.of("leak"), complete("soma.insert(\"le").matches());
    }

    @Test
    void pointProcessOffersLoadedPointProcessesAndHelpEverythingItDescribes() {
        CellOutcome loaded = evaluator.eval("%%nmodl\nNEURON { POINT_PROCESS Tick RANGE tau }\nPARAMETER { tau = 2 (ms) }\n", 5);
        assertEquals(null, loaded.error());
        assertEquals(List.of("Tick"), complete("var t = h.PointProcess(\"").matches());
        List<String> topics = complete("h.help(\"").matches();
        assertTrue(topics.containsAll(List.of("hh", "pas", "IClamp", "IntFire4", "na_ion", "k_ion", "leak", "Tick")),
                topics.toString());
    }

    @Test
    void getOffersWhatItsReceiverHasWithUnits() {
        CellOutcome made = evaluator.eval("var axon = h.Section(\"axon\"); axon.insert(\"pas\");\n"
                + "var clamp = h.IClamp(axon.at(0.5));\nList<Section> secs = List.of(axon);", 3);
        assertEquals(null, made.error());
        // only pas is inserted in axon: no hh, no leak, no sodium
        assertEquals(List.of("v", "diam", "cm", "g_pas", "e_pas", "i_pas"), complete("axon.at(0.5).get(\"").matches());
        assertEquals(List.of("g_pas"), complete("double g = secs.get(0).at(0.3).ref(\"g").matches());
        assertEquals(List.of("e_pas"), complete("axon.set(\"e").matches());
        CodeAssist.Completions c = complete("axon(0.5).get(\"g_");
        assertEquals(List.of(new CodeAssist.Detail("g_pas", "parameter", "S/cm2")), complete("axon.get(\"g_").details());
        assertEquals(List.of("delay", "dur", "amp", "i"), complete("clamp.ref(\"").matches());
        assertEquals(new CodeAssist.Detail("amp", "parameter", "nA"), complete("clamp.get(\"a").details().get(0));
        // an expression that is not followed (a call with effects) offers every range variable
        assertTrue(complete("makeSection().get(\"").matches().containsAll(List.of("gnabar_hh", "g_leak", "ena")));
        assertTrue(c.matches().contains("g_leak"), "axon(0.5) is not Java: every variable");
    }

    @Test
    void inspectingAVariableNameShowsItsKindUnitAndMeaning() {
        String code = "soma.at(0.5).get(\"gnabar_hh\")";
        assertEquals("gnabar_hh: parameter of hh, S/cm2, default 0.12, allowed >= 0\nmaximum sodium conductance",
                evaluator.assist().inspect(code, code.indexOf("gnabar") + 3));
        String global = "h.set(\"nai0_na_ion\", 12)";
        assertTrue(evaluator.assist().inspect(global, 9).startsWith("nai0_na_ion: global of na_ion, mM, now 10"),
                evaluator.assist().inspect(global, 9));
    }

    @Test
    void getOffersRangeVariablesAndHGetOffersGlobals() {
        List<String> vars = complete("soma.at(0.5).get(\"g").matches();
        assertTrue(vars.containsAll(List.of("gnabar_hh", "gkbar_hh", "gl_hh", "g_pas", "g_leak")), vars.toString());
        assertEquals(List.of("q_leak"), complete("h.set(\"q").matches());
        assertTrue(complete("var x = soma(0.5).ref(\"na").matches().containsAll(List.of("nai", "nao")));
    }

    @Test
    void sectionOffersSectionNamesAndImportSwcOffersSwcFiles() throws Exception {
        CellOutcome made = evaluator.eval("h.Section(\"dend[0]\"); h.Section(\"dend[1]\"); h.Section(\"axon[0]\");", 2);
        assertEquals(null, made.error());
        assertEquals(List.of("dend[0]", "dend[1]"), complete("var d = h.section(\"de").matches());
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("swc");
        java.nio.file.Files.writeString(dir.resolve("cell.swc"), "1 1 0 0 0 5 -1\n");
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "");
        assertEquals(List.of(dir + "/cell.swc"), complete("h.importSwc(\"" + dir + "/").matches());
    }

    @Test
    void importAscOffersNeurolucidaFilesAndFolders() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("asc");
        java.nio.file.Files.writeString(dir.resolve("cell.asc"), "");
        java.nio.file.Files.writeString(dir.resolve("OLD.ASC"), "");
        java.nio.file.Files.writeString(dir.resolve("cell.swc"), "");
        java.nio.file.Files.createDirectory(dir.resolve("more"));
        assertEquals(List.of(dir + "/OLD.ASC", dir + "/cell.asc", dir + "/more/"),
                complete("var cell = h.importAsc(\"" + dir + "/").matches());
        assertEquals(List.of(dir + "/cell.asc"), complete("h.importAsc(\"" + dir + "/c").matches());
    }

    @Test
    void inspectingAMechanismNameShowsItsVariablesWithUnitsAndDefaults() {
        String code = "soma.insert(\"leak\")";
        String help = evaluator.assist().inspect(code, code.indexOf("leak") + 2);
        assertTrue(help.startsWith("leak (density mechanism: sec.insert(\"leak\")), from cell [1]"), help);
        assertTrue(help.matches("(?s).*\n  g_leak +parameter +S/cm2 +0\\.001 +0 to 1e\\+09\n.*"), help);
        assertTrue(help.matches("(?s).*\n  q_leak +global +2 +finite(\n.*)?"), help);
        String hh = evaluator.assist().inspect("soma.insert(\"hh\")", 14);
        assertTrue(hh.matches("(?s).*\n  gnabar_hh +parameter +S/cm2 +0\\.12 +>= 0 +maximum sodium conductance\n.*"), hh);
    }

    /** Completion after {@code stim.} lists the user's API: fields, ref, place; never the engine's lifecycle. */
    @Test
    void completionOnAPointProcessShowsUserApiOnly() {
        assertEquals(null, evaluator.eval("var stim = h.IClamp(h.Section(\"s\").at(0.5));\n"
                + "var ns = h.NetStim();\nvar syn = h.ExpSyn(h.section(\"s\").at(0.5));", 6).error());
        java.util.Set<String> object = java.util.Set.of("equals(", "getClass()", "hashCode()", "notify()", "notifyAll()",
                "toString()", "wait(");
        java.util.Set<String> own = new java.util.TreeSet<>(complete("stim.").matches());
        own.removeAll(object);
        assertEquals(new java.util.TreeSet<>(List.of("amp", "delay", "dur", "i", "getLoc()", "getSegment()", "ref(")), own);
        java.util.Set<String> synOwn = new java.util.TreeSet<>(complete("syn.").matches());
        synOwn.removeAll(object);
        assertEquals(new java.util.TreeSet<>(List.of("e", "g", "i", "tau", "getLoc()", "getSegment()", "ref(")), synOwn);
        java.util.Set<String> stimOwn = new java.util.TreeSet<>(complete("ns.").matches());
        stimOwn.removeAll(object);
        assertEquals(new java.util.TreeSet<>(List.of("interval", "ispike", "noise", "number", "start", "seed(")), stimOwn);
    }

    @Test
    void javaCompletionIsUnchangedOutsideSuchStrings() {
        assertTrue(complete("h.batchR").matches().stream().anyMatch(m -> m.startsWith("batchRun")));
        assertEquals(List.of(), complete("String s = \"ab").matches());
    }
}
