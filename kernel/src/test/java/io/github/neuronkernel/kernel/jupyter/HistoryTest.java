package io.github.neuronkernel.kernel.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What history keeps of a cell's value: its text, at most {@link History#OUTPUT_CHARS} characters of it. */
class HistoryTest {
    @Test
    void aShortValueIsKeptWholeAndALongOneCut() {
        History history = new History();
        history.output(1, "2");
        history.output(2, "x".repeat(History.OUTPUT_CHARS + 500));
        assertEquals("2", history.output(1));
        assertEquals("x".repeat(History.OUTPUT_CHARS) + "...", history.output(2));
    }
}
