package io.github.neuronkernel.kernel.jupyter;

import io.github.neuronkernel.kernel.widgets.OutputCollector;
import io.github.spencerpark.jupyter.messages.MessageContext;

/**
 * The request that output belongs to: the running cell's, or after it ends the last one's, so that
 * threads a cell started still print under it (or the comm message whose change re-runs a widget's
 * model); and, while a widget's model runs, the collector that its output goes to instead.
 */
final class CurrentRequest {
    private volatile MessageContext context;
    private volatile boolean stdinAllowed;
    private volatile OutputCollector capture;

    /** @return where printed and displayed output goes instead of IOPub, or null */
    OutputCollector capture() {
        return capture;
    }

    /** Sends printed and displayed output to {@code collector} (null: to IOPub again). */
    void capture(OutputCollector collector) {
        this.capture = collector;
    }

    void set(MessageContext context, boolean stdinAllowed) {
        this.context = context;
        this.stdinAllowed = stdinAllowed;
    }

    MessageContext context() {
        return context;
    }

    boolean stdinAllowed() {
        return stdinAllowed;
    }
}
