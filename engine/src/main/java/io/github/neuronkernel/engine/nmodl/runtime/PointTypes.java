package io.github.neuronkernel.engine.nmodl.runtime;

/**
 * Not API: the loaded type of a point process or artificial cell users hold, for help and
 * completion, which the instances keep off their own methods.
 */
public final class PointTypes {
    private PointTypes() {}

    /** @return the loaded type of {@code instance}, or null if it is not a loaded point process or cell */
    public static PointType of(Object instance) {
        if (instance instanceof NmodlPointProcess p) {
            return p.type();
        }
        if (instance instanceof NmodlArtificialCell c) {
            return c.type();
        }
        return null;
    }
}
