package io.github.neuronkernel.engine.morphology;

import static io.github.neuronkernel.engine.morphology.TestSupport.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.neuronkernel.engine.api.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Neurolucida reader refuses: each message names the file, the line and column, the value
 * and what is allowed, and {@code h.importAsc} creates nothing. The comments say what NEURON
 * 8.2.2's Import3d_Neurolucida3 does with the same input (checked by hand).
 */
class NeurolucidaBadInputTest {
    private static final String SOMA = "(\"CellBody\" (0 5 0 0) (5 0 0 0) (0 -5 0 0) (-5 0 0 0))\n";

    @TempDir
    Path dir;

    private final Simulation h = new Simulation();

    /** Writes the file, imports it through h, and returns the refusal. */
    private MorphologyException refused(String text) throws IOException {
        Path f = dir.resolve("cell.asc");
        Files.writeString(f, text);
        MorphologyException e = assertThrows(MorphologyException.class, () -> h.importAsc(f.toString()));
        assertTrue(h.allsec().isEmpty(), "sections were created: " + h.allsec());
        assertTrue(e.getMessage().startsWith(f + " "), e.getMessage());
        return e;
    }

    @Test
    void missingCloseIsRefusedWhereTheStructureBreaks() throws IOException {
        // NEURON: "parse error" at the end of the file; ours says where the point's ')' is missing
        MorphologyException e = refused(SOMA + "( (Dendrite)\n  (1 1 0 2)\n  (10 1 0\n  (20 1 0 2)\n)\n");
        assertMentions(e, "line 5, column 3", "expected ')' to end the point that starts at line 4, column 3",
                "found '('", "parentheses are unbalanced: 1 more '(' than ')'");
    }

    @Test
    void extraCloseIsRefused() throws IOException {
        // NEURON stops reading at the stray ')' and silently ignores the rest of the file
        MorphologyException e = refused(SOMA + "( (Dendrite) (1 1 0 2) (10 1 0 2)))\n");
        assertMentions(e, "line 2, column 35", "')' closes nothing", "every ')' needs an earlier '('",
                "1 more ')' than '('");
    }

    @Test
    void pointWithAWordForANumberIsRefused() throws IOException {
        // NEURON: "parse error ... token=label s=abc"
        MorphologyException e = refused(SOMA + "( (Dendrite) (1 1 0 2) (10 1 abc 2))\n");
        assertMentions(e, "line 2, column 30", "found 'abc'", "a point is (x y z diameter) in um, numbers");
        // in a tree "(x 1 0 2)" would be a marker named x, but a contour has only points
        MorphologyException first = refused("(\"CellBody\" (0 5 0 0) (x 0 0 0) (0 -5 0 0))\n");
        assertMentions(first, "line 1, column 24", "'x' is not a number");
        assertMentions(refused(SOMA + "( (Dendrite) (1 1 0 2) (10 y 0 2))\n"), "line 2, column 28",
                "the point needs a y, found 'y'");
    }

    @Test
    void negativeDiameterIsRefused() throws IOException {
        // NEURON imports it and pt3dadd gets a negative diameter
        MorphologyException e = refused(SOMA + "( (Dendrite) (1 1 0 2)\n (10 1 0 -2.5))\n");
        assertMentions(e, "line 3, column 10", "diameter -2.5 is negative", "at least 0 um");
    }

    @Test
    void nonFiniteValuesAreRefused() throws IOException {
        // NEURON reads nan and inf as numbers, then fails in instantiate ("undefined variable nan")
        assertMentions(refused(SOMA + "( (Dendrite) (1 1 0 2) (10 nan 0 2))\n"), "line 2, column 28",
                "y nan is not finite", "a finite number (um)");
        assertMentions(refused(SOMA + "( (Dendrite) (1 1 0 2) (-Infinity 1 0 2))\n"), "x -Infinity is not finite");
        assertMentions(refused(SOMA + "( (Dendrite) (1 1 0 2) (10 1 0 1e39))\n"), "diameter 1e39",
                "32-bit float range");
    }

    @Test
    void unknownTopLevelBlockIsRefused() throws IOException {
        // NEURON: "parse error" at the '('
        assertMentions(refused(SOMA + "(12 3 4)\n"), "line 2, column 2", "a block cannot start with the number 12",
                "allowed there: a contour (\"CellBody\" ...), a tree");
        // NEURON stops reading at a word outside any block and ignores the rest of the file
        assertMentions(refused(SOMA + "Dendrite ( (Dendrite) (1 1 0 2) (10 1 0 2))\n"), "line 2, column 1",
                "'Dendrite' is outside any block");
        assertMentions(refused(SOMA + "[ (1 2 3 4) ]\n"), "the character '['");
    }

    @Test
    void fileWithNoSomaAndNoTreesIsRefused() throws IOException {
        // NEURON imports nothing and says nothing
        MorphologyException e = refused("; markers only\n(Dot (Color Red) (1 2 3 4))\n(\"Layer\" (0 0 0 0) (1 0 0 0) (1 1 0 0))\n");
        assertMentions(e, "has no soma and no trees", "nothing to import", "(\"CellBody\" (x y z d) ...)");
        MorphologyException small = refused("(\"CellBody\" (0 0 0 0) (1 1 0 0))\n");
        assertMentions(small, "has no soma and no trees", "CellBody contour at line 1 has fewer than three points");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        // NEURON: "parse error" on the end of the file
        assertMentions(refused(""), "is empty", "a soma contour");
        assertMentions(refused("; comments only\n\n   ;\n"), "is empty");
    }

    @Test
    void stringWithoutItsClosingQuoteIsRefused() throws IOException {
        // NEURON: "Lexical error: no closing '"' in string" (and then loops for ever on this file)
        assertMentions(refused(SOMA + "( (Dendrite) (1 1 0 2) (10 1 0 2) (Name \"abc))\n"), "line 2, column 41",
                "has no closing '\"'");
    }

    @Test
    void branchWithoutPointsIsRefused() throws IOException {
        // NEURON fails with an index out of range
        assertMentions(refused(SOMA + "( (Dendrite) (1 1 0 2) (10 1 0 2) ( (Color Red) | (20 1 0 1) ) )\n"),
                "line 2, column 37", "this branch has no points");
    }

    @Test
    void missingOrUnreadableFileIsRefused() {
        MorphologyException missing = assertThrows(MorphologyException.class,
                () -> h.importAsc(dir.resolve("none.asc").toString()));
        assertEquals("cannot read Neurolucida file " + dir.resolve("none.asc") + ": no such file", missing.getMessage());
        MorphologyException folder = assertThrows(MorphologyException.class, () -> h.importAsc(dir.toString()));
        assertMentions(folder, "cannot read Neurolucida file " + dir);
        assertTrue(h.allsec().isEmpty());
    }
}
