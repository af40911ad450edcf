package io.github.neuronkernel.kernel.jshell;

import io.github.neuronkernel.engine.api.Simulation;
import io.github.neuronkernel.engine.model.Section;
import java.lang.reflect.Array;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out, without running the cell's code, the object a call such as {@code
 * soma.at(0.5).get("} is made on, so that completion offers what that object has. It follows a
 * variable through public fields, array and list indices, {@code at(x)}, {@code sec()} and {@code
 * h.section("name")}; anything else (another method call, an expression) is not followed, since
 * calling it could have effects.
 */
final class Receiver {
    /** One step after the variable: {@code .field}, {@code .at(0.5)}, {@code .sec()}, {@code .section("s")}, {@code .get(2)}, {@code [2]}. */
    private static final Pattern STEP = Pattern.compile("\\s*(?:\\.\\s*(\\w+)\\s*(?:\\(\\s*([^()]*?)\\s*\\))?|\\[\\s*(\\d+)\\s*\\])");
    private static final Pattern START = Pattern.compile("\\s*([A-Za-z_$][\\w$]*)");

    private Receiver() {}

    /**
     * @param before the text before the call's name, e.g. {@code var x = soma.at(0.5)} for {@code
     *     soma.at(0.5).get("}
     * @return the receiver expression at its end, e.g. {@code soma.at(0.5)}, or empty
     */
    static String expressionAtEnd(String before) {
        int depth = 0;
        int i = before.length();
        while (i > 0) {
            char c = before.charAt(i - 1);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && !(Character.isJavaIdentifierPart(c) || c == '.')) {
                break;
            }
            i--;
        }
        return before.substring(i).strip();
    }

    /**
     * @param expression e.g. {@code soma.at(0.5)} or {@code cell.dend[2]}
     * @param variables the cells' variables by name (null for none)
     * @return the object the expression holds, or null if it cannot be followed safely
     */
    static Object resolve(String expression, Function<String, Object> variables) {
        Matcher start = START.matcher(expression);
        if (!start.lookingAt()) {
            return null;
        }
        Object o = variables.apply(start.group(1));
        int at = start.end();
        Matcher step = STEP.matcher(expression);
        while (o != null && at < expression.length()) {
            if (!step.region(at, expression.length()).lookingAt()) {
                return null;
            }
            o = step.group(3) != null ? index(o, Integer.parseInt(step.group(3)))
                    : step.group(2) != null ? call(o, step.group(1), step.group(2)) : field(o, step.group(1));
            at = step.end();
        }
        return o;
    }

    private static Object field(Object o, String name) {
        try {
            var f = o.getClass().getField(name);
            return Modifier.isStatic(f.getModifiers()) ? null : f.get(o);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object index(Object o, int i) {
        try {
            if (o.getClass().isArray()) {
                return Array.get(o, i);
            }
            return o instanceof List<?> list ? list.get(i) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** @return the result of one of the few calls that only look things up, or null */
    private static Object call(Object o, String method, String argument) {
        try {
            return switch (method) {
                case "at" -> o instanceof Section s ? s.at(Double.parseDouble(argument)) : null;
                case "sec" -> o instanceof io.github.neuronkernel.engine.model.Segment seg && argument.isEmpty()
                        ? seg.sec() : null;
                case "section" -> o instanceof Simulation h && argument.startsWith("\"") && argument.endsWith("\"")
                        ? h.section(argument.substring(1, argument.length() - 1)) : null;
                case "get" -> o instanceof List<?> list ? list.get(Integer.parseInt(argument)) : null;
                default -> null;
            };
        } catch (RuntimeException e) {
            return null; // a bad position, an unknown section: nothing to offer
        }
    }
}
