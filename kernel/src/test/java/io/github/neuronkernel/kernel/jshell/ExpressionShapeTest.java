package io.github.neuronkernel.kernel.jshell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionShapeTest {
    @ParameterizedTest
    @ValueSource(strings = {"1 + 1", "soma.L", "h.t", "x = 5", "-x", "(int) 2.5", "\"abc\"", "new int[] {1, 2}",
        "new ArrayList<Double>()", "v.size()", "a[0]", "a < b", "Collections.<String>emptyList()",
        "o instanceof String", "// a comment\nx + 1", "java.util.List.of(1)", "this", "List.class"})
    void expressions(String source) {
        assertTrue(ExpressionShape.mayBeExpression(source), source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"int x = 3", "String s = \"a\"", "var x = 1", "List<Double> xs = new ArrayList<>()",
        "Map<String, List<Integer>> m", "String[] names = {}", "double f(double x) { return x; }",
        "class A {}", "record P(int x) {}", "if (a) b()", "for (;;) {}", "while (true) {}", "outer: for (;;) {}",
        "import java.util.*", "@Deprecated void f() {}", "{ int y = 1; }", "return", "java.util.List<String> l",
        "final int k = 2", "switch (x) { default -> {} }", "  /* c */ int z = 1", "", "   "})
    void notExpressions(String source) {
        assertFalse(ExpressionShape.mayBeExpression(source), source);
    }
}
