package io.github.neuronkernel.kernel.jupyter;

import io.github.spencerpark.jupyter.messages.MessageContext;

/**
 * The execute request that output belongs to: the running cell's, or after it ends the last one's,
 * so that threads a cell started still print under it.
 */
final class CurrentRequest {
    private volatile MessageContext context;
    private volatile boolean stdinAllowed;

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
