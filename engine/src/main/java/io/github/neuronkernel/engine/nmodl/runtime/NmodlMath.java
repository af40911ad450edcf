package io.github.neuronkernel.engine.nmodl.runtime;

import io.github.neuronkernel.engine.internal.Libm;

/** The math functions generated mechanisms call where Java's differ from what NEURON's C calls. */
public final class NmodlMath {
    private NmodlMath() {}

    /**
     * NEURON's {@code hoc_Exp}, which every {@code exp} in a .mod file is: 0 below -700, exp(700)
     * above 700 (NEURON also warns), otherwise glibc's exp.
     */
    public static double exp(double x) {
        if (x < -700.) {
            return 0.;
        }
        if (x > 700) {
            return Libm.exp(700.);
        }
        return Libm.exp(x);
    }

    /** C's {@code pow}, which {@code x^y} and {@code pow(x, y)} in a .mod file are: glibc's, bit for bit ({@link Libm#pow}). */
    public static double pow(double x, double y) {
        return Libm.pow(x, y);
    }
}
