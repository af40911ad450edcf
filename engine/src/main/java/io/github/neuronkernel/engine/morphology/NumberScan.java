package io.github.neuronkernel.engine.morphology;

/**
 * Numbers as C's {@code scanf("%lf")} (glibc) reads them, which is how NEURON's Neurolucida
 * reader reads every number: an optional sign, then decimal digits with an optional point and
 * exponent, {@code 0x} and hexadecimal digits, {@code inf}, {@code infinity} or {@code nan} in any
 * case. An {@code e} (and sign) with no exponent digits after it is consumed and ignored, as glibc
 * does.
 */
final class NumberScan {
    private NumberScan() {
    }

    /** @return where the number starting at {@code i} ends ({@code i} if there is none before {@code limit}) */
    static int end(String s, int i, int limit) {
        int p = i;
        if (p < limit && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            p++;
        }
        if (word(s, p, limit, "inf")) {
            return word(s, p + 3, limit, "inity") ? p + 8 : p + 3;
        }
        if (word(s, p, limit, "nan")) {
            return p + 3;
        }
        boolean hex = p + 1 < limit && s.charAt(p) == '0' && (s.charAt(p + 1) == 'x' || s.charAt(p + 1) == 'X');
        if (hex) {
            p += 2;
        }
        int digits = 0;
        while (p < limit && isDigit(s.charAt(p), hex)) {
            p++;
            digits++;
        }
        if (p < limit && s.charAt(p) == '.') {
            p++;
            while (p < limit && isDigit(s.charAt(p), hex)) {
                p++;
                digits++;
            }
        }
        if (digits == 0) {
            return i;
        }
        char e = hex ? 'p' : 'e';
        if (p < limit && Character.toLowerCase(s.charAt(p)) == e) {
            p++;
            if (p < limit && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                p++;
            }
            while (p < limit && isDigit(s.charAt(p), false)) {
                p++;
            }
        }
        return p;
    }

    /** @return the value of a number {@link #end} accepted */
    static double value(String t) {
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String bare = lower.startsWith("+") || negative ? lower.substring(1) : lower;
        if (bare.startsWith("inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (bare.startsWith("nan")) {
            return Double.NaN;
        }
        boolean hex = bare.startsWith("0x");
        char e = hex ? 'p' : 'e';
        int exp = bare.indexOf(e);
        String mantissa = exp < 0 ? bare : bare.substring(0, exp);
        String exponent = exp < 0 ? "" : bare.substring(exp + 1);
        if (exponent.isEmpty() || exponent.equals("+") || exponent.equals("-")) {
            exponent = "0"; // glibc reads "1e" and "1e+" as 1
        }
        double v = Double.parseDouble((hex ? mantissa + "p" : mantissa + "e") + exponent);
        return negative ? -v : v;
    }

    private static boolean word(String s, int p, int limit, String w) {
        return p + w.length() <= limit && s.regionMatches(true, p, w, 0, w.length());
    }

    private static boolean isDigit(char c, boolean hex) {
        return c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
    }
}
