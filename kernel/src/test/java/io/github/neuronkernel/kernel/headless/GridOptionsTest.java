package io.github.neuronkernel.kernel.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's points from -p lists, ranges and a --points file, and what is refused. */
class SweepValuesTest {
    @TempDir
    Path dir;

    @Test
    void productOfListsLastVariesFastest() {
        GridOptions v = new GridOptions();
        v.add("amp=0.02,0.05,0.1");
        v.add("tau=1,2");
        assertEquals(List.of("amp", "tau"), v.names());
        List<Map<String, String>> points = v.points();
        assertEquals(6, points.size());
        assertEquals(Map.of("amp", "0.02", "tau", "1"), points.get(0));
        assertEquals(Map.of("amp", "0.02", "tau", "2"), points.get(1));
        assertEquals(Map.of("amp", "0.1", "tau", "2"), points.get(5));
    }

    @Test
    void rangeIsDecimalAndInclusive() {
        GridOptions v = new GridOptions();
        v.add("amp=0:0.5:11");
        List<String> amps = v.points().stream().map(p -> p.get("amp")).toList();
        assertEquals(List.of("0", "0.05", "0.1", "0.15", "0.2", "0.25", "0.3", "0.35", "0.4", "0.45", "0.5"), amps);
        GridOptions down = new GridOptions();
        down.add("x=1:-1:3");
        assertEquals(List.of("1", "0", "-1"), down.points().stream().map(p -> p.get("x")).toList());
    }

    @Test
    void pointsFileTimesLists() throws Exception {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "amp,label\n0.1,\"a, b\"\n\n0.2,c\n");
        GridOptions v = new GridOptions();
        v.addFile(csv);
        v.add("tau=1,2");
        assertEquals(List.of("amp", "label", "tau"), v.names());
        List<Map<String, String>> points = v.points();
        assertEquals(4, points.size());
        assertEquals(Map.of("amp", "0.1", "label", "a, b", "tau", "2"), points.get(1));
        assertEquals(Map.of("amp", "0.2", "label", "c", "tau", "1"), points.get(2));
    }

    @Test
    void refusesWithTheValueAndWhatIsAllowed() throws Exception {
        assertMessage("amp=: the list of values is empty", () -> new GridOptions().add("amp="));
        assertMessage("an empty value in the list", () -> new GridOptions().add("amp=1,,2"));
        assertMessage("\"2x\" is not a Java variable name", () -> new GridOptions().add("2x=1"));
        assertMessage("expected name=v1,v2", () -> new GridOptions().add("amp"));
        assertMessage("the count is 1; a range needs 2 to", () -> new GridOptions().add("amp=0:1:1"));
        assertMessage("the count \"x\" is not a whole number", () -> new GridOptions().add("amp=0:1:x"));
        assertMessage("start:stop:count with numbers", () -> new GridOptions().add("amp=a:1:3"));
        GridOptions twice = new GridOptions();
        twice.add("amp=1");
        assertMessage("\"amp\" is given twice", () -> twice.add("amp=2"));
        assertMessage("no parameters to sweep", () -> new GridOptions().points());
        assertMessage("\"status\" is the name of one of the table's own columns", () -> new GridOptions().add("status=1"));
        GridOptions huge = new GridOptions();
        huge.add("a=0:1:1000");
        huge.add("b=0:1:1000");
        assertMessage("more than 100000 points", huge::points);

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "amp,tau\n0.1\n");
        assertMessage("bad.csv:2: 1 values, but the header names 2 parameters", () -> new GridOptions().addFile(bad));
        Files.writeString(bad, "amp\n\"0.1\n");
        assertMessage("bad.csv:2: a quoted value is not closed", () -> new GridOptions().addFile(bad));
        Files.writeString(bad, "amp\n");
        assertMessage("no points", () -> new GridOptions().addFile(bad));
        assertMessage("cannot read it", () -> new GridOptions().addFile(dir.resolve("missing.csv")));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
