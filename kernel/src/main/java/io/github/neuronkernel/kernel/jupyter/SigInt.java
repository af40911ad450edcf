package io.github.neuronkernel.kernel.jupyter;

import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * Turns SIGINT into an interrupt of the running cell instead of the JVM's default (exit): a terminal
 * front end's Ctrl-C reaches the whole process group, and front ends may signal instead of sending
 * {@code interrupt_request}.
 */
final class SigInt {
    private static final Logger LOG = Logger.getLogger(SigInt.class.getName());

    private SigInt() {}

    static void forward(Runnable interrupt) {
        try {
            Signal.handle(new Signal("INT"), s -> interrupt.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.fine("SIGINT cannot be handled here: " + e);
        }
    }
}
