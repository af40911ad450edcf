package io.github.neuronkernel.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Libm#exp} against glibc 2.36's {@code exp} on an FMA processor: arguments where
 * {@link Math#exp} gives a different last bit (hh's range, [-1, 1], the whole range), then the
 * edges (tiny, overflow, subnormal results, infinities, NaN). The expected values were printed by
 * a C program calling glibc; a run over 30 million such arguments found no difference.
 */
class LibmTest {
    @ParameterizedTest(name = "exp({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -0x1.fcd1bca91317cp-4 | 0x1.c4307df2377abp-1
            -0x1.129e795ea1aacp-3 | 0x1.bfbfccd4e42d1p-1
            -0x1.b3891b27c9ee4p8 | 0x1.93197840890c3p-629
            -0x1.98953cc6e1cdap-1 | 0x1.cd0719f66cac7p-2
            -0x1.e88679bb5a008p7 | 0x1.84f6931c2789p-353
            -0x1.f00d52c1c0f59p-8 | 0x1.fc23a42272d01p-1
            -0x1.235007be0c828p8 | 0x1.a7104281094f2p-421
            -0x1.45e995d4bca5ap9 | 0x1.8834f3f00ac2bp-941
            -0x1.19060c01052p-2 | 0x1.851eb114d0814p-1
            -0x1.543d4fd18ce9cp-3 | 0x1.b1a153a605d15p-1
            0x1.25468402cf01cp-2 | 0x1.54e588a304989p0
            -0x1.6e81d8dfb2e4p-1 | 0x1.f483d187b6b79p-2
            -0x1.3b13b840e4b2ep8 | 0x1.5b462b04a4377p-455
            -0x1.4bd994945221dp-4 | 0x1.d827970d9180bp-1
            -0x1.765a8d9e06b96p-1 | 0x1.ece72434e0105p-2
            -0x1.25bd4e71646b3p-5 | 0x1.edf76e4af1a99p-1
            0x1.1b75dde728fdcp8 | 0x1.ed82cbfcc190dp408
            -0x1.06ce2fb1b01d2p-1 | 0x1.32717d26f3129p-1
            0x1.017c4f9b1bb8p9 | 0x1.ed50c1ff2b89dp742
            -0x1.186cfbb984ddcp-2 | 0x1.8558df737dbb9p-1
            -0x1.742b7305ef55p7 | 0x1.7342fbce12647p-269
            -0x1.309664ab8d9c2p-1 | 0x1.1a6dd363d1543p-1
            0x1.5251835d529aap-1 | 0x1.efb141b0a5868p0
            -0x1.b08044b9a591fp-4 | 0x1.ccb19ae740ab3p-1
            0x0.0p0 | 0x1.0p0
            -0x0.0p0 | 0x1.0p0
            0x1.56e1fc2f8f359p-997 | 0x1.0p0
            -0x1.56e1fc2f8f359p-997 | 0x1.0p0
            0x1.0p-54 | 0x1.0p0
            -0x1.0p-54 | 0x1.0p0
            0x1.0p-55 | 0x1.0p0
            0x1.0p9 | 0x1.9476504ba852ep738
            -0x1.0p9 | 0x1.44109edb20931p-739
            0x1.62e3d70a3d70ap9 | 0x1.fe9ce5c4c52b4p1023
            0x1.62e51eb851eb8p9 | Infinity
            -0x1.6233333333333p9 | 0x0.ff15b469edf89p-1022
            -0x1.624p9 | 0x0.e6cf6d08897acp-1022
            -0x1.748cccccccccdp9 | 0x0.0000000000001p-1022
            -0x1.749999999999ap9 | 0x0.0p0
            -0x1.77p9 | 0x0.0p0
            0x1.0p10 | Infinity
            -0x1.0p10 | 0x0.0p0
            Infinity | Infinity
            -Infinity | 0x0.0p0
            NaN | NaN
            0x1.63p9 | Infinity
            -0x1.72p9 | 0x0.0000000000055p-1022
            0x1.70ef54646d497p-57 | 0x1.0p0
            """)
    void matchesGlibc(String x, String expected) {
        assumeTrue(Libm.GLIBC_FMA, "exp is Math.exp on this platform");
        double want = Double.parseDouble(expected);
        double got = Libm.exp(Double.parseDouble(x));
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got),
                () -> "exp(" + x + ") = " + Double.toHexString(got) + ", glibc " + expected);
    }

    @Test
    void tableIsTwoToTheJOver128() throws ReflectiveOperationException {
        Field f = Libm.class.getDeclaredField("TABLE");
        f.setAccessible(true);
        long[] table = (long[]) f.get(null);
        MathContext mc = new MathContext(100);
        BigDecimal root = new BigDecimal(2);
        for (int i = 0; i < 7; i++) {
            root = root.sqrt(mc); // 2^(1/128)
        }
        BigDecimal power = BigDecimal.ONE;
        for (int j = 0; j < 128; j++) {
            double high = power.doubleValue();
            BigDecimal h = new BigDecimal(high);
            double tail = power.subtract(h).divide(h, mc).doubleValue();
            assertEquals(Double.doubleToRawLongBits(tail), table[2 * j], "tail " + j);
            assertEquals(Double.doubleToRawLongBits(high) - ((long) j << 45), table[2 * j + 1], "high " + j);
            power = power.multiply(root, mc);
        }
    }
}
