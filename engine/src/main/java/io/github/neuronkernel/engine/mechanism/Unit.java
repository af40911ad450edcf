package io.github.neuronkernel.engine.mechanism;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The unit of a point process's public field, e.g. {@code @Unit("nA") public double amp;}: used in
 * references' units (chart axes) and messages.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Unit {
    /** @return the unit, e.g. {@code mV}, {@code nA}, {@code uS}, {@code ms}; empty for none */
    String value();
}
