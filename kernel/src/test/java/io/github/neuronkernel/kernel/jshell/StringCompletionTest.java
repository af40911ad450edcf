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
    void inspectingAMechanismNameShowsItsVariablesWithUnitsAndDefaults() {
        String code = "soma.insert(\"leak\")";
        String help = evaluator.assist().inspect(code, code.indexOf("leak") + 2);
        assertTrue(help.startsWith("leak (density mechanism: sec.insert(\"leak\")), from cell [1]"), help);
        assertTrue(help.contains("g_leak  parameter (S/cm2)  default 0.001  allowed 0 to 1000000000"), help);
        assertTrue(help.contains("q_leak  global  = 2"), help);
        String hh = evaluator.assist().inspect("soma.insert(\"hh\")", 14);
        assertTrue(hh.contains("gnabar_hh  parameter (S/cm2)  default 0.12"), hh);
    }

    @Test
    void javaCompletionIsUnchangedOutsideSuchStrings() {
        assertTrue(complete("h.batchR").matches().stream().anyMatch(m -> m.startsWith("batchRun")));
        assertEquals(List.of(), complete("String s = \"ab").matches());
    }
}
