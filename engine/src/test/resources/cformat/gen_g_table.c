/*
 * Writes the %g reference table used by io.CFormatTest: one line per double,
 * "<64 raw bits as 16 hex digits>\t<printf("%g")>\n", as glibc prints it.
 *
 * Regenerate (the output is deterministic for a given glibc):
 *   gcc -O2 -o /tmp/gen_g_table gen_g_table.c -lm
 *   /tmp/gen_g_table | gzip -9n > g_table.tsv.gz
 *
 * Made with gcc 12.2.0 and glibc 2.36 (Debian 12).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <float.h>

static uint64_t state = 0x9E3779B97F4A7C15ull;

static uint64_t next64(void) { /* splitmix64 */
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static long below(long n) { return (long)(next64() % (uint64_t)n); }

static long rows;

static void emit(double x) {
    uint64_t bits;
    memcpy(&bits, &x, 8);
    printf("%016llx\t%g\n", (unsigned long long)bits, x);
    rows++;
}

static void emit_bits(uint64_t bits) {
    double x;
    memcpy(&x, &bits, 8);
    printf("%016llx\t%g\n", (unsigned long long)bits, x);
    rows++;
}

/* x and its neighbours one ulp down and up, with both signs */
static void emit_around(double x) {
    emit(x);
    emit(nextafter(x, -INFINITY));
    emit(nextafter(x, INFINITY));
    emit(-x);
}

static double from_decimal(const char *s) { return strtod(s, NULL); }

int main(void) {
    char buf[64];

    /* 1. special values and edges */
    emit(0.0); emit(-0.0);
    emit(INFINITY); emit(-INFINITY);
    emit_bits(0x7ff8000000000000ull);            /* nan */
    emit_bits(0xfff8000000000000ull);            /* -nan */
    emit_bits(0x7ff0000000000001ull);            /* signalling nan */
    emit_bits(0x7fffffffffffffffull);
    emit_bits(0xffffffffffffffffull);
    emit_bits(0x0000000000000001ull);            /* smallest subnormal */
    emit_bits(0x8000000000000001ull);
    emit_bits(0x000fffffffffffffull);            /* largest subnormal */
    emit_bits(0x0010000000000000ull);            /* DBL_MIN */
    emit(DBL_MAX); emit(-DBL_MAX);
    {
        static const double fixed[] = {
            0.5, 1, 2.5, 1.5, 3.5, 0.5e-4, 0.5e-5, 1e-4, 1e-5, 9.99995e-5, 9.999949999e-5, 9.99995e-6,
            123456.5, 123457.5, 999999.5, 999998.5, 999999.4999, 1e6, 1e5, 100000.5, 9999995, 9999985,
            1234565, 1234575, 1e-05, 0.0001, 0.00010000049, 0.000100000500001, 2, 10, 100, 0.1, 0.2, 0.3,
            1.0000005, 1.0000015, 1.0000025, 0.025, 0.075, 0.07500000000000001, 1.999999999999995,
            -65, -64.999254529092738, 314.15926535897933, 1e20, 1e21, 1e100, 1e-100, 1e300, 1e-300,
            1e308, 1e-308, 4.9e-324, 2.2250738585072014e-308, 6.02214076e23, 3.14159265358979323846,
        };
        for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
            emit_around(fixed[i]);
        }
    }

    /* 2. powers of ten from 1e-323 to 1e308, and the values just below each that round up to it */
    for (int k = -323; k <= 308; k++) {
        snprintf(buf, sizeof buf, "1e%d", k);
        emit_around(from_decimal(buf));
        snprintf(buf, sizeof buf, "9.999995e%d", k);
        emit_around(from_decimal(buf));
        snprintf(buf, sizeof buf, "9.999985e%d", k);
        emit_around(from_decimal(buf));
    }

    /* 3. exact binary ties: 7-digit integers ending in 5 (times 1, 10, 100, ...) and six-digit integers + 0.5 */
    for (int i = 0; i < 12000; i++) {
        long m = 100000 + below(900000);
        emit_around((double)(m * 10 + 5) * pow(10, (double)below(9)));
        emit_around((double)m + 0.5);
    }
    /* small exact ties, d.ddddd5 * 2^-j with few significant digits: 0.5, 0.25, 0.125, ... scaled */
    for (int j = 1; j <= 60; j++) {
        emit_around(ldexp(1.0, -j));
        emit_around(3 * ldexp(1.0, -j));
        emit_around(5 * ldexp(1.0, -j));
    }

    /* 4. decimals near ties: d.dddddd5 * 10^k for all decimal exponents, parsed by strtod */
    for (int i = 0; i < 6000; i++) {
        long m = 100000 + below(900000);
        int k = (int)below(617) - 308;
        snprintf(buf, sizeof buf, "%ld5e%d", m, k - 6);
        emit_around(from_decimal(buf));
    }
    /* the same around the %e / %f switch points and in the range simulations print */
    for (int i = 0; i < 12000; i++) {
        long m = 100000 + below(900000);
        int k = (int)below(16) - 8;
        snprintf(buf, sizeof buf, "%ld5e%d", m, k - 6);
        emit_around(from_decimal(buf));
    }

    /* 5. integers of every size */
    for (int i = 0; i < 10000; i++) {
        int digits = 1 + (int)below(16);
        double lim = pow(10, digits);
        double x = (double)(next64() % (uint64_t)lim);
        emit(x);
        emit(-x);
    }

    /* 6. random bit patterns (all exponents, nans, subnormals) */
    for (int i = 0; i < 15000; i++) {
        emit_bits(next64());
    }
    /* random subnormals */
    for (int i = 0; i < 1000; i++) {
        emit_bits(next64() & 0x800fffffffffffffull);
    }

    /* 7. random doubles in the ranges simulations print: |x| in 1e-12 .. 1e12, uniform in log */
    for (int i = 0; i < 30000; i++) {
        double x = pow(10, -12 + 24 * ((double)(next64() >> 11) / 9007199254740992.0));
        emit((next64() & 1) ? -x : x);
    }

    fprintf(stderr, "%ld rows\n", rows);
    return 0;
}
