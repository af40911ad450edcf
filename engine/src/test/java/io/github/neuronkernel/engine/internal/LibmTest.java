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
 * {@link Libm#exp} and {@link Libm#pow} against glibc 2.36 on an FMA processor: arguments where
 * {@link Math#exp} gives a different last bit (hh's range, [-1, 1], the whole range), then the
 * edges (tiny, overflow, subnormal results, infinities, NaN). The expected values were printed by
 * a C program calling glibc; a run over 30 million such arguments found no difference (for pow,
 * 23 million pairs: IntFire2's ranges, any bits, negative x with integer y, subnormal x, results
 * near overflow and underflow, and every pair of 22 special values; Math.pow differed in 0.09 %).
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

    @ParameterizedTest(name = "pow({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0x1.cecde389997eep-1 | 0x1.7bc0b2c36273ap0 | 0x1.b8bf1db07f0c9p-1
            0x1.0c2b919154be5p-1 | -0x1.04125d9f6415ep10 | 0x1.7f563fbe0bec1p970
            0x1.75dc14eb9532ep-159 | -0x1.f8816ee5399e4p0 | 0x1.34611b3eb5279p312
            0x1.c2a22ccdd1fd7p-2 | -0x1.2f9e02d5d99a7p9 | 0x1.0eb1f029ae073p719
            0x1.f49216a8657d6p-26 | 0x1.d43e37fceaf02p2 | 0x1.cececc2cd77edp-184
            0x1.1dfdd17fd16b4p-1 | -0x1.a886b0e1f37a6p1 | 0x1.b993c76ddf3ffp2
            0x1.343b63c42b9f2p4 | -0x1.8d32b3be9d218p0 | 0x1.4cb819616151bp-7
            0x1.dcf61992382ep-1 | 0x1.0a85b8dd32afap0 | 0x1.db92d7953bb6dp-1
            0x1.1da97d87c7c59p6 | 0x1.b0d6690ca68a8p-2 | 0x1.84d5aba6d66b5p2
            0x1.f3c71be4f2c85p-1 | -0x1.f5c06acbdf171p1 | 0x1.196e566c628bdp0
            -0x1.1178d56270b5ap-2 | -0x1.8p4 | 0x1.a3eede6498ed9p45
            0x1.ffffffffc24dp-1 | -0x1.6c5322f097adbp36 | 0x1.f18d48356d5e3p3
            0x0.70183d7d1ececp-1022 | -0x1.39e12f0ca89ccp-3 | 0x1.c2a86a2b55a1bp156
            0x1.c99a7591a8152p503 | -0x1.5086ebd4bc2f2p0 | 0x1.98d8d2518ea87p-663
            0x1.1ca4a655bbc5ep191 | 0x1.e875bebf96472p0 | 0x1.a846cca00b198p364
            0x1.063692b4e12d9p0 | 0x1.4108cf4b7a03cp0 | 0x1.07d0c176d1f75p0
            0x1.86e82b0de3ebcp-2 | 0x1.27a5d4cc8d118p0 | 0x1.50bea9423b38ep-2
            0x1.f8ffabd90ed81p-1 | 0x1.2d175270a34eep-1 | 0x1.fbdeffff95de9p-1
            0x1.10a69d72f63fcp-2 | 0x1.2ebe4b948de5ap-2 | 0x1.5a3a9399e429bp-1
            0x1.f59b0d39d43d8p-2 | 0x1.4ab267a7cc737p7 | 0x1.b1317c8ff492fp-171
            0x0.3a550295506e4p-1022 | -0x1.0c5683a3f44cap-2 | 0x1.4b88288504fefp268
            0x1.01e32f6f97acp0 | 0x1.f541625792da7p0 | 0x1.03b56e86d1652p0
            0x0.37e9f3815eebbp-1022 | 0x1.9a41f6bf91e3p-6 | 0x1.4732740fcb563p-26
            0x1.cb7553cb765aap-29 | 0x1.2574c16124f28p0 | 0x1.a6e6abe2265f4p-33
            0x1.58efb0bd009f7p-1 | 0x1.130be4ad30d97p1 | 0x1.b63dee019d6bbp-2
            0x1.cf5971f3834a8p9 | 0x1.36281bd4a46cep0 | 0x1.eb7a0f2660198p11
            0x1.5642a730268dfp1 | 0x1.4cec64b0f0822p8 | 0x1.523807378e5cbp472
            0x0.ef21448bf7377p-1022 | 0x1.013944d287752p-2 | 0x1.31471e1d1c72ep-257
            0x1.0000000035177p0 | -0x1.0124d79775499p36 | 0x1.24530b14177b8p-5
            0x1.f1a973af44042p-2 | -0x1.0c7042f0defp-3 | 0x1.1964b4d872076p0
            -0x1.807cf30060b8cp4 | -0x1.ep3 | -0x1.25aca8459f34dp-69
            -0x1.0857267bbd905p-1 | 0x1.0p2 | 0x1.23071e0376ed1p-4
            0x1.0000000033cafp0 | -0x1.30bc6bff5aaf8p38 | 0x1.b29365427d77dp-23
            0x1.00000000364f1p0 | 0x1.1d5d98b6fda08p38 | 0x1.c890820598699p21
            0x1.a18592196462cp-3 | -0x1.6e615e891b2e8p1 | 0x1.7b43aa0f86115p6
            -0x1.04597321cf89bp0 | -0x1.8p2 | 0x1.cec67796e5b0fp-1
            0x1.8c4404cce291p1012 | -0x1.bd9bdd87bf142p-16 | 0x1.f68b178b4fff1p-1
            0x1.762b731cd151bp460 | -0x1.f5b16ddaaa9f1p-7 | 0x1.ee267b6fa54d1p-8
            0x1.f77bb5a0925c8p-871 | 0x1.1f859014b4583p-12 | 0x1.b1f73ec8d13e5p-1
            0x0p+0 | -0x1p+0 | Infinity
            -0x0p+0 | -0x1.8p+1 | -Infinity
            -0x0p+0 | 0x1.8p+1 | -0x0p+0
            -0x0p+0 | 0x1p+1 | 0x0p+0
            0x0p+0 | Infinity | 0x0p+0
            0x1p-1 | -Infinity | Infinity
            -0x1p+0 | Infinity | 0x1p+0
            0x1p+0 | NaN | 0x1p+0
            NaN | 0x0p+0 | 0x1p+0
            -0x1p+1 | 0x1p-1 | NaN
            -0x1p+1 | 0x1.8p+1 | -0x1p+3
            -0x1p+1 | -0x1.0ccp+10 | -0x0p+0
            -0x1p+1 | 0x1.004p+10 | -Infinity
            0x1p+1 | 0x1p+10 | Infinity
            0x1p+1 | -0x1.0c8p+10 | 0x0.0000000000001p-1022
            0x1p+1 | -0x1.0ccp+10 | 0x0p+0
            0x0.0000000000001p-1022 | 0x1p-1 | 0x1p-537
            0x0.0000000000018p-1022 | 0x1p+0 | 0x0.0000000000018p-1022
            0x1.8p+0 | 0x1p-70 | 0x1p+0
            0x1p-1 | 0x1p-70 | 0x1p+0
            0x1.000000006df38p+0 | 0x1p+63 | Infinity
            0x1.fffffca501acbp-1 | 0x1p+64 | 0x0p+0
            -0x1p+3 | 0x1.5555555555555p-2 | NaN
            0x1.4p+3 | -0x1.358p+8 | 0x0.03a365ff2ea11p-1022
            0x1.6666666666666p-1 | 0x1.f4p+10 | 0x0.01ce9c4ca6bddp-1022
            0x1.00068db8bac71p+0 | 0x1.b1598p+22 | Infinity
            Infinity | -0x1p+1 | 0x0p+0
            -Infinity | 0x1.8p+1 | -Infinity
            -Infinity | -0x1.8p+1 | -0x0p+0
            """)
    void powMatchesGlibc(String x, String y, String expected) {
        assumeTrue(Libm.GLIBC_FMA, "pow is Math.pow on this platform");
        double want = Double.parseDouble(expected);
        double got = Libm.pow(Double.parseDouble(x), Double.parseDouble(y));
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got),
                () -> "pow(" + x + ", " + y + ") = " + Double.toHexString(got) + ", glibc " + expected);
    }

    /** pow's table: 1/c a multiple of 1/128 (1/256 below 1) near 1/centre, log(c) split at 2^-43. */
    @Test
    void powTableIsComputedFromItsDefinition() throws ReflectiveOperationException {
        Field f = Libm.class.getDeclaredField("POW_LOG");
        f.setAccessible(true);
        long[] table = (long[]) f.get(null);
        MathContext mc = new MathContext(80);
        for (int i = 0; i < 128; i++) {
            double lo = Double.longBitsToDouble(0x3fe6955500000000L + ((long) i << 45));
            double hi = Double.longBitsToDouble(0x3fe6955500000000L + ((long) (i + 1) << 45));
            double centre = (lo + hi) / 2;
            double invc = centre < 1 ? Math.round(128 / centre) / 128.0 : Math.round(256 / centre) / 256.0;
            // log(c) = -log(invc) = -2 atanh(u), u = (invc - 1)/(invc + 1)
            BigDecimal v = new BigDecimal(invc);
            BigDecimal u = v.subtract(BigDecimal.ONE).divide(v.add(BigDecimal.ONE), mc);
            BigDecimal u2 = u.multiply(u, mc);
            BigDecimal term = u;
            BigDecimal sum = BigDecimal.ZERO;
            for (int n = 0; n < 200 && term.signum() != 0; n++) {
                sum = sum.add(term.divide(BigDecimal.valueOf(2 * n + 1), mc), mc);
                term = term.multiply(u2, mc);
            }
            BigDecimal logc = sum.multiply(BigDecimal.valueOf(-2), mc);
            double high = logc.multiply(BigDecimal.valueOf(2).pow(43)).setScale(0, java.math.RoundingMode.HALF_UP)
                    .doubleValue() / 0x1p43;
            double tail = logc.subtract(new BigDecimal(high)).doubleValue();
            assertEquals(Double.doubleToRawLongBits(invc), table[3 * i], "1/c " + i);
            assertEquals(Double.doubleToRawLongBits(high), table[3 * i + 1], "log(c) " + i);
            assertEquals(Double.doubleToRawLongBits(tail), table[3 * i + 2], "log(c) tail " + i);
        }
    }
}
