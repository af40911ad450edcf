package io.github.neuronkernel.kernel.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The grid's points are the product of its lists in a documented, deterministic order. */
class SweepGridTest {
    private static Map<String, List<?>> linked(Object... namesAndLists) {
        Map<String, List<?>> grid = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLists.length; i += 2) {
            grid.put((String) namesAndLists[i], (List<?>) namesAndLists[i + 1]);
        }
        return grid;
    }

    private static List<String> points(SweepGrid grid) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            all.add(grid.point(i).toString());
        }
        return all;
    }

    @Test
    void thePointsAreTheProductWithTheLastParameterFastest() {
        SweepGrid grid = SweepGrid.of(linked("tau", List.of(1, 2), "amp", List.of(0.1, 0.2, 0.3)));
        assertEquals(List.of("tau", "amp"), grid.parameterNames());
        assertEquals(6, grid.size());
        assertEquals(List.of("tau=1, amp=0.1", "tau=1, amp=0.2", "tau=1, amp=0.3",
                "tau=2, amp=0.1", "tau=2, amp=0.2", "tau=2, amp=0.3"), points(grid));
        assertEquals(4, grid.point(4).index());
        assertEquals(Map.of("tau", 2, "amp", 0.2), grid.point(4).values());
    }

    @Test
    void mapsWithoutAnOrderOfTheirOwnAreSortedByName() {
        Map<String, List<?>> unordered = Map.of("tau", List.of(1, 2), "amp", List.of(0.1), "gk", List.of(true));
        assertEquals(List.of("amp", "gk", "tau"), SweepGrid.of(unordered).parameterNames());
        assertEquals(List.of("amp", "gk", "tau"), SweepGrid.of(new HashMap<>(unordered)).parameterNames());
        assertEquals(List.of("amp", "gk", "tau"), SweepGrid.of(new TreeMap<>(unordered)).parameterNames());
        assertEquals(List.of("tau", "gk", "amp"),
                SweepGrid.of(linked("tau", List.of(1), "gk", List.of(2), "amp", List.of(3))).parameterNames());
    }

    @Test
    void aPointGivesNumbersAndValuesByName() {
        SweepPoint p = SweepGrid.of(linked("amp", List.of(0.25), "n", List.of(3), "cell", List.of("pyr"), "on", List.of(true))).point(0);
        assertEquals(0.25, p.get("amp"));
        assertEquals(3.0, p.get("n"));
        assertEquals("pyr", p.value("cell"));
        assertEquals(true, p.value("on"));
        assertEquals("amp=0.25, n=3, cell=pyr, on=true", p.toString());
        assertEquals("amp=2, x=1.0E-7", SweepGrid.of(linked("amp", List.of(2.0), "x", List.of(1e-7))).point(0).toString());
    }

    @Test
    void anUnknownOrNonNumericNameIsExplained() {
        SweepPoint p = SweepGrid.of(linked("amp", List.of(0.25), "cell", List.of("pyr"))).point(0);
        String unknown = assertThrows(IllegalArgumentException.class, () -> p.get("ampp")).getMessage();
        assertTrue(unknown.contains("\"ampp\"") && unknown.contains("amp, cell"), unknown);
        String text = assertThrows(IllegalArgumentException.class, () -> p.get("cell")).getMessage();
        assertTrue(text.contains("cell = \"pyr\"") && text.contains("not a number") && text.contains("value(\"cell\")"), text);
    }

    @Test
    void badGridsNameTheParameterTheValueAndWhatIsAllowed() {
        assertBad("the grid is null", null);
        assertBad("the grid is empty", Map.of());
        assertBad("parameter amp has an empty list", Map.of("amp", List.of()));
        assertBad("parameter amp has no list (null)", linked("amp", null));
        assertBad("parameter amp, value 2 of 3, is null; values are numbers, strings or booleans",
                linked("amp", Arrays.asList(0.1, null, 0.3)));
        assertBad("parameter amp, value 1 of 1, is [0.1] (an ArrayList); values are numbers, strings or booleans",
                linked("amp", List.of(new ArrayList<>(List.of(0.1)))));
        assertBad("parameter name \"2amp\" is not allowed; use letters, digits and _", Map.of("2amp", List.of(1)));
        assertBad("parameter name \"a b\" is not allowed", Map.of("a b", List.of(1)));
        assertBad("parameter name \"status\" is taken", Map.of("status", List.of(1)));
        Map<String, List<?>> nullName = new HashMap<>();
        nullName.put(null, List.of(1));
        assertBad("a parameter name is null", nullName);
    }

    private static void assertBad(String expected, Map<String, ? extends List<?>> grid) {
        String message = assertThrows(IllegalArgumentException.class, () -> SweepGrid.of(grid)).getMessage();
        assertTrue(message.startsWith("sweep: ") && message.contains(expected), message);
    }
}
