package io.github.neuronkernel.kernel.jupyter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import io.github.neuronkernel.kernel.widgets.CommChannel;
import io.github.neuronkernel.kernel.widgets.OutputCollector;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.comm.CommMsgCommand;
import io.github.spencerpark.jupyter.messages.comm.CommOpenCommand;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Widgets' comms as IOPub messages under the current request, through {@link IoPub}'s one sender.
 * (The base kernel's {@code CommManager} sends on the IOPub socket itself, from whatever thread
 * calls it, past that sender: messages could leave out of order or interleave; the kernel uses
 * only its message classes.)
 */
final class IoPubComms implements CommChannel {
    /** Nulls kept: the front end's defaults are not always the state's (slider_color: null). */
    static final Gson JSON = new GsonBuilder().serializeNulls().create();

    private final IoPub iopub;
    private final CurrentRequest current;
    private final Runnable flushStreams;

    IoPubComms(IoPub iopub, CurrentRequest current, Runnable flushStreams) {
        this.iopub = iopub;
        this.current = current;
        this.flushStreams = flushStreams;
    }

    @Override
    public void open(String commId, String target, Map<String, Object> data) {
        MessageContext context = current.context();
        if (context != null) {
            iopub.publish(context, new CommOpenCommand(commId, target, json(data)));
        }
    }

    @Override
    public void send(String commId, Map<String, Object> data) {
        MessageContext context = current.context();
        if (context != null) {
            iopub.publish(context, new CommMsgCommand(commId, json(data)));
        }
    }

    @Override
    public <T> T collecting(OutputCollector into, Supplier<T> work) {
        flushStreams.run(); // what was printed before the run is not the run's
        OutputCollector before = current.capture();
        current.capture(into);
        try {
            return work.get();
        } finally {
            flushStreams.run(); // the run's last words, while they still go to its collector
            current.capture(before);
        }
    }

    static JsonObject json(Map<String, Object> data) {
        return JSON.toJsonTree(data).getAsJsonObject();
    }
}
