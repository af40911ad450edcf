package io.github.neuronkernel.kernel.jupyter;

/** Jupyter counts cursor positions in code points, Java strings in UTF-16 units. */
final class Offsets {
    private Offsets() {}

    static int toUtf16(String s, int codePoints) {
        int cp = Math.max(0, Math.min(codePoints, s.codePointCount(0, s.length())));
        return s.offsetByCodePoints(0, cp);
    }

    static int toCodePoints(String s, int utf16) {
        return s.codePointCount(0, Math.max(0, Math.min(utf16, s.length())));
    }
}
