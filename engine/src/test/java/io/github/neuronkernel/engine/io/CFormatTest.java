package io.github.neuronkernel.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CFormat#g} against glibc's {@code printf("%g")}: hand-picked edge values (expected strings
 * printed by glibc 2.36), then a table of 242,543 doubles that glibc formatted (see {@code
 * cformat/README.md}), compared row by row.
 */
class CFormatTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                        | 0
            0.5                      | 0.5
            1                        | 1
            2.5                      | 2.5
            1.5                      | 1.5
            0.125                    | 0.125
            -65                      | -65
            -64.999254529092738      | -64.9993
            0.1                      | 0.1
            0.30000000000000004      | 0.3
            1.999999999999995        | 2
            0.07500000000000001      | 0.075
            100000                   | 100000
            123456                   | 123456
            123456.5                 | 123456
            123457.5                 | 123458
            1234565                  | 1.23456e+06
            1234575                  | 1.23458e+06
            1234567                  | 1.23457e+06
            999999.49999             | 999999
            999999.5                 | 1e+06
            1e6                      | 1e+06
            1e21                     | 1e+21
            1e100                    | 1e+100
            0.0001                   | 0.0001
            1e-05                    | 1e-05
            0.5e-4                   | 5e-05
            9.999995e-5              | 0.0001
            9.9999949e-5             | 9.99999e-05
            9.99995e-5               | 9.99995e-05
            9.999949e-5              | 9.99995e-05
            1e-100                   | 1e-100
            4.9e-324                 | 4.94066e-324
            1.48e-323                | 1.4822e-323
            2.225073858507201e-308   | 2.22507e-308
            2.2250738585072014e-308  | 2.22507e-308
            1.7976931348623157e308   | 1.79769e+308
            -1.7976931348623157e308  | -1.79769e+308
            """)
    void edgeValues(double x, String expected) {
        assertEquals(expected, CFormat.g(x), () -> "%g of " + x);
    }

    @Test
    void signedZeroNanAndInfinity() {
        assertEquals("0", CFormat.g(0.0));
        assertEquals("-0", CFormat.g(-0.0));
        assertEquals("nan", CFormat.g(Double.NaN));
        assertEquals("-nan", CFormat.g(Double.longBitsToDouble(0xfff8000000000000L)));
        assertEquals("inf", CFormat.g(Double.POSITIVE_INFINITY));
        assertEquals("-inf", CFormat.g(Double.NEGATIVE_INFINITY));
        assertEquals("1.79769e+308", CFormat.g(Double.MAX_VALUE));
        assertEquals("4.94066e-324", CFormat.g(Double.MIN_VALUE));
        assertEquals("-4.94066e-324", CFormat.g(-Double.MIN_VALUE));
        assertEquals("2.22507e-308", CFormat.g(Double.MIN_NORMAL));
        assertEquals("2.22507e-308", CFormat.g(Math.nextDown(Double.MIN_NORMAL)));
    }

    @Test
    void appendGAppendsTheSameText() {
        StringBuilder sb = new StringBuilder("x=");
        CFormat.appendG(sb, 123456.5);
        sb.append(' ');
        CFormat.appendG(sb, -0.0);
        assertEquals("x=123456 -0", sb.toString());
    }

    /** Every row of the glibc table: the raw bits of a double, then what printf("%g") printed. */
    @Test
    void matchesGlibcOnTheWholeTable() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int rows = 0;
        int wrong = 0;
        try (InputStream raw = CFormatTest.class.getResourceAsStream("/cformat/g_table.tsv.gz")) {
            assertNotNull(raw, "test resource cformat/g_table.tsv.gz is missing");
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.US_ASCII), 1 << 16);
            for (String line; (line = in.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                long bits = Long.parseUnsignedLong(line, 0, tab, 16);
                String expected = line.substring(tab + 1);
                double x = Double.longBitsToDouble(bits);
                String actual = CFormat.g(x);
                if (!expected.equals(actual) && wrong++ < 20) {
                    mismatches.add(line.substring(0, tab) + " (" + x + "): glibc " + expected + ", CFormat " + actual);
                }
                rows++;
            }
        }
        assertTrue(rows > 200_000, "the table has only " + rows + " rows");
        assertEquals(List.of(), mismatches, wrong + " of " + rows + " rows differ from glibc (first 20 shown)");
    }
}
