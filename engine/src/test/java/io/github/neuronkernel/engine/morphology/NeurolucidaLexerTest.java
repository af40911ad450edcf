package io.github.neuronkernel.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tokens as NEURON 8.2.2's Neurolucida lexer makes them (its numbers are glibc's {@code
 * sscanf("%lf")}, checked with ctypes against the same strings), and what the reader makes of a
 * few small files.
 */
class NeurolucidaLexerTest {
    private static String kinds(String text) {
        return NeurolucidaLexer.tokens(text).stream().map(t -> t.kind() + (t.kind() == NeurolucidaToken.Kind.EOF
                ? "" : ":" + t.text())).collect(Collectors.joining(" "));
    }

    @Test
    void numbersAreReadAsScanfReadsThem() {
        assertEquals("NUMBER:1e CLOSE:) EOF", kinds("1e)"));
        assertEquals("NUMBER:1e+ EOF", kinds("1e+"));
        assertEquals("NUMBER:12 LABEL:ab EOF", kinds("12ab"));
        assertEquals("NUMBER:1.5 NUMBER:.5 EOF", kinds("1.5.5"));
        assertEquals("NUMBER:-.5 NUMBER:+5 NUMBER:0x1A EOF", kinds("-.5 +5 0x1A"));
        assertEquals("NUMBER:inf NUMBER:Infinity NUMBER:nan LABEL:x EOF", kinds("inf Infinity nanx"));
        assertEquals("LABEL:Incomplete LABEL:in LABEL:0x ERROR:- EOF", kinds("Incomplete in 0x -"));
        List<NeurolucidaToken> t = NeurolucidaLexer.tokens("1e) 0x1A -.5 1.5e2");
        assertEquals(1, t.get(0).value());
        assertEquals(26, t.get(2).value());
        assertEquals(-0.5, t.get(3).value());
        assertEquals(150, t.get(4).value());
    }

    @Test
    void setAndRgbAreWordsOnlyWhenMoreFollowsOnTheLine() {
        assertEquals("OPEN:( SET:Set STRING:a CLOSE:) EOF", kinds("(Set \"a\")"));
        assertEquals("SET:Set LABEL:tings EOF", kinds("Settings"));
        assertEquals("OPEN:( LABEL:Set EOF", kinds("(Set\n"));
        assertEquals("RGB:RGB OPEN:( NUMBER:1 COMMA:, NUMBER:2 CLOSE:) EOF", kinds("RGB (1, 2)"));
    }

    @Test
    void commentsStringsAndLinesAreNeurons() {
        assertEquals("OPEN:( NUMBER:1 CLOSE:) OPEN:( EOF", kinds("(1) ; a comment (2)\r\n(\t"));
        assertEquals("STRING:Cell Body STRING: LABEL:x EOF", kinds("\"Cell Body\" \"\" x"));
        assertEquals("SPINE_OPEN:< BAR:| SPINE_CLOSE:> EOF", kinds("<|>"));
        List<NeurolucidaToken> t = NeurolucidaLexer.tokens("; c\n  (Dot\n");
        assertEquals(2, t.get(1).line());
        assertEquals(4, t.get(1).column());
    }

    @Test
    void treeWithoutAKnownTypeIsDend0AndTextIsSkipped() {
        Morphology m = NeurolucidaReader.parse("t.asc", "( (Dendrite) (Color Red) (0 0 0 1) (5 0 0 1))\n"
                + "( (Font \"Arial\" 9) (1 2 3 0.5) \"a label\" )\n( (Axon) (0 0 0 1) (-5 0 0 1) Incomplete)\n");
        assertEquals(List.of("dend_0[0]", "axon[0]"), m.sections().stream().map(MorphologySection::name).toList());
        assertEquals(List.of("no soma contour: the 2 trees are not joined to each other"), m.notices());
    }

    @Test
    void byteOrderMarkIsSkipped(@TempDir Path dir) throws Exception {
        // NEURON stops at it ("parse error"); editors on Windows may write one
        Path f = dir.resolve("bom.asc");
        Files.write(f, "\uFEFF( (Axon) (0 0 0 1) (-5 0 0 1))\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("axon[0]"), Morphology.readNeurolucida(f).sections().stream().map(MorphologySection::name).toList());
    }

    @Test
    void treeOutsideTheSomaBoxIsJoinedToTheNearestSomaWithANotice() {
        Morphology m = Morphology.readNeurolucida(TestSupport.resource("small_cell.asc"));
        assertEquals(1, m.notices().size());
        // NEURON says line 132: its lexer has read ahead by then; the tree's first point is on 131
        assertTrue(m.notices().get(0).startsWith("the tree starting at line 131 is outside the soma bounding boxes"),
                m.notices().get(0));
        MorphologySection axon = m.section("axon[0]");
        assertEquals("soma[0]", m.sections().get(axon.parentIndex()).name());
        assertEquals(0.5, axon.parentX());
    }
}
