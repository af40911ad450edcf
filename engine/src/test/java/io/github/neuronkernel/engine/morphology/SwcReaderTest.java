package io.github.neuronkernel.engine.morphology;

import static io.github.neuronkernel.engine.morphology.TestSupport.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link SwcReader} accepts and refuses. For every refusal the comment says what NEURON
 * 8.2.2's {@code Import3d_SWC_read} + {@code Import3d_GUI.instantiate} does with the same input
 * (checked by hand with the files in the comments); the message must name the file, the line and
 * the value.
 */
class SwcReaderTest {
    private static final String SOMA = "1 1 0 0 0 5 -1\n";

    private static MorphologyException refused(String text) {
        return assertThrows(MorphologyException.class, () -> SwcReader.parse("cell.swc", text));
    }

    @Test
    void lineWithTooFewFieldsIsRefused() {
        // NEURON prints "could not parse", drops the line and imports the rest with the orphaned
        // child hanging from a wrong place
        MorphologyException e = refused(SOMA + "2 3 10 0 0\n3 3 20 0 0 1 2\n");
        assertMentions(e, "cell.swc line 2", "'2 3 10 0 0'", "5 fields", "7: id type x y z radius parent");
    }

    @Test
    void nonNumericValueIsRefused() {
        // NEURON: "could not parse", line dropped, as above
        MorphologyException e = refused(SOMA + "2 3 1O 0 0 1 1\n");
        assertMentions(e, "cell.swc line 2", "x '1O'", "not a number");
    }

    @Test
    void trailingGarbageOnANumberIsRefused() {
        // NEURON's sscanf reads "-1abc" as -1 and goes on; we do not guess
        assertMentions(refused(SOMA + "2 3 10 0 0 1 1abc\n"), "line 2", "parent '1abc'", "not a number");
    }

    @Test
    void nonFiniteValuesAreRefused() {
        // NEURON reads nan and inf, then fails in instantiate ("undefined variable nan")
        assertMentions(refused(SOMA + "2 3 10 0 0 nan 1\n"), "line 2", "radius nan is not finite");
        assertMentions(refused(SOMA + "2 3 -inf 0 0 1 1\n"), "line 2", "x -inf is not finite");
        assertMentions(refused(SOMA + "2 3 1e39 0 0 1 1\n"), "line 2", "x 1e39", "32-bit float");
    }

    @Test
    void negativeRadiusIsRefused() {
        // NEURON imports it but pt3dadd gets a negative diameter (shown as its absolute value)
        assertMentions(refused(SOMA + "2 3 10 0 0 -1 1\n"), "line 2", "radius -1 is negative", "at least 0");
    }

    @Test
    void zeroRadiusIsAccepted() {
        // NEURON imports it as a zero diameter
        assertEquals(0, SwcReader.parse("cell.swc", SOMA + "2 3 10 0 0 0 1\n").radius(1));
    }

    @Test
    void parentThatDoesNotExistIsRefused() {
        // NEURON takes a point whose parent id is missing for a root and silently attaches it to
        // the soma without its parent point; a parent id above the point's own id makes it fail
        MorphologyException e = refused(SOMA + "2 3 10 0 0 1 1\n4 3 20 0 0 1 3\n");
        assertMentions(e, "cell.swc line 3", "parent 3 of point 4 does not exist");
    }

    @Test
    void parentListedAfterItsChildIsRefused() {
        // NEURON: "pid=3 is not less than id=2" and then fails in mksections
        MorphologyException e = refused(SOMA + "2 3 10 0 0 1 3\n3 3 20 0 0 1 1\n");
        assertMentions(e, "line 2", "parent 3 of point 2 is listed after it (line 3)");
    }

    @Test
    void loopIsRefused() {
        // 2 -> 3 -> 2: NEURON fails as above; a loop always has a parent after its child
        MorphologyException e = refused(SOMA + "2 3 10 0 0 1 3\n3 3 20 0 0 1 2\n");
        assertMentions(e, "line 2", "parent 3 of point 2", "loops");
    }

    @Test
    void pointThatIsItsOwnParentIsRefused() {
        // NEURON: "pid=3 is not less than id=3" and then fails
        assertMentions(refused(SOMA + "2 3 10 0 0 1 1\n3 3 20 0 0 1 3\n"), "line 3", "point 3 is its own parent");
    }

    @Test
    void duplicateIdIsRefused() {
        // NEURON fails while reporting it ("Section access unspecified")
        MorphologyException e = refused(SOMA + "2 3 10 0 0 1 1\n2 3 20 0 0 1 1\n");
        assertMentions(e, "line 3", "duplicate id 2", "line 2");
    }

    @Test
    void idsOutOfOrderAreRefused() {
        // children listed before their parents: NEURON tries to sort and fails
        // ("Section access unspecified" in check_pid)
        MorphologyException e = refused(SOMA + "3 3 20 0 0 1 2\n2 3 10 0 0 1 1\n");
        assertMentions(e, "line 3", "id 2 comes after id 3 (line 2)", "increasing");
    }

    @Test
    void secondRootIsRefused() {
        // NEURON warns "more than one tree" and attaches the second tree to the soma, without the
        // parent point
        MorphologyException e = refused(SOMA + "2 3 10 0 0 1 1\n3 3 20 0 0 1 -1\n");
        assertMentions(e, "line 3", "point 3 is a second root", "line 1");
    }

    @Test
    void fractionalIdIsRefused() {
        // NEURON truncates it when it looks the parent up; 2.5 and 2.7 would be the same point
        assertMentions(refused(SOMA + "2.5 3 10 0 0 1 1\n"), "line 2", "id 2.5 is not an integer");
        assertMentions(refused(SOMA + "2 3.5 10 0 0 1 1\n"), "line 2", "type 3.5 is not an integer");
    }

    @Test
    void fileWithoutPointsIsRefused() {
        // NEURON fails in mksection ("Arg out of range")
        assertMentions(refused(""), "cell.swc has no points");
        assertMentions(refused("# only a comment\n\n   \n"), "cell.swc has no points");
    }

    /** A relative name is looked for in the working directory, which the message names. */
    @Test
    void aMissingRelativeFileSaysWhereItWasLookedFor() {
        Path missing = Path.of("no-such-cell-here.swc");
        MorphologyException e = assertThrows(MorphologyException.class, () -> SwcReader.read(missing));
        assertMentions(e, "cannot read SWC file no-such-cell-here.swc: no such file (looked for "
                + missing.toAbsolutePath() + ")");
    }

    @Test
    void byteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
        // NEURON cannot parse the first line ("could not parse"); editors on Windows may write one
        Path f = dir.resolve("bom.swc");
        Files.write(f, ("\uFEFF" + SOMA + "2 3 10 0 0 1 1\n").getBytes(StandardCharsets.UTF_8));
        SwcFile swc = SwcReader.read(f);
        assertEquals(2, swc.size());
        assertEquals(1, swc.id(0));
        assertEquals(-1, swc.parentIndex(0));
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.swc");
        MorphologyException e = assertThrows(MorphologyException.class, () -> SwcReader.read(missing));
        assertMentions(e, missing.toString(), "no such file");
        MorphologyException d = assertThrows(MorphologyException.class, () -> SwcReader.read(dir));
        assertMentions(d, "cannot read SWC file " + dir);
    }

    @Test
    void acceptsWhatNeuronAcceptsWithTheSameMeaning() {
        // comments, blank lines, tabs, CRLF, a comment after the fields and extra columns (NEURON's
        // sscanf ignores both), ids from 0 with gaps, any negative parent for the root
        SwcFile f = SwcReader.parse("cell.swc", "# header\n\n0\t1\t0 0 0 5 -2\r\n"
                + "5 3 10 0 0 1 0 # first dendrite point\n9 3 20 0 0 1 5 17 18\n");
        assertEquals(3, f.size());
        assertEquals(9, f.id(2));
        assertEquals(1, f.parentIndex(2));
        assertEquals(-1, f.parentIndex(0));
        assertEquals(5, f.line(2));
    }

    @Test
    void numbersAreReadAsNeuronDoesAs32BitFloats() {
        // hoc's sscanf("%f") stores a float: 0.1 becomes 0.10000000149011612
        SwcFile f = SwcReader.parse("cell.swc", "1 1 0.1 0.123456789012 0 5 -1\n");
        assertEquals((double) 0.1f, f.x(0));
        assertEquals((double) 0.123456789012f, f.y(0));
    }
}
