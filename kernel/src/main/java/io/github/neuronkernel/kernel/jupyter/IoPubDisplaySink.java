package io.github.neuronkernel.kernel.jupyter;

import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.display.MimeBundle;
import io.github.neuronkernel.kernel.widgets.OutputCollector;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishDisplayData;
import io.github.spencerpark.jupyter.messages.publish.PublishUpdateDisplayData;
import java.util.Map;

/**
 * Publishes displays as {@code display_data} / {@code update_display_data} under the current
 * request, after the stream output before them; while a widget's model runs, hands them to its
 * collector instead. A display counts as output: a cell drawing faster than the front end reads
 * waits for room ({@link IoPub#awaitRoom()}), as a printing one does.
 */
final class IoPubDisplaySink implements DisplaySink {
    private final IoPub iopub;
    private final CurrentRequest current;
    private final Runnable flushStreams;

    IoPubDisplaySink(IoPub iopub, CurrentRequest current, Runnable flushStreams) {
        this.iopub = iopub;
        this.current = current;
        this.flushStreams = flushStreams;
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        OutputCollector capture = capturing();
        if (capture != null) {
            capture.display(bundle, displayId);
            return;
        }
        MessageContext context = current.context();
        if (context == null) {
            return;
        }
        flushStreams.run(); // what the cell printed before comes before the display
        awaitRoom();
        iopub.publishOutput(context, new PublishDisplayData(toDisplayData(bundle, displayId)), size(bundle));
    }

    @Override
    public void update(MimeBundle bundle, String displayId) {
        OutputCollector capture = capturing();
        if (capture != null) {
            capture.update(bundle, displayId);
            return;
        }
        MessageContext context = current.context();
        if (context == null) {
            return;
        }
        flushStreams.run();
        awaitRoom();
        iopub.publishOutput(context, new PublishUpdateDisplayData(toDisplayData(bundle, displayId)), size(bundle));
    }

    /** Back-pressure; an interrupted cell's display still goes (it is one message), and the interrupt stays set. */
    private void awaitRoom() {
        try {
            iopub.awaitRoom();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the bundle's size in characters, counting its text representations (a PNG is base64 text) */
    static long size(MimeBundle bundle) {
        long n = 0;
        for (Object value : bundle.data().values()) {
            n += value instanceof CharSequence text ? text.length() : 0;
        }
        return n;
    }

    @Override
    public void clear(String displayId) {
        OutputCollector capture = capturing();
        if (capture != null) {
            capture.clear(displayId);
            return;
        }
        DisplaySink.super.clear(displayId);
    }

    /** @return the collector of a running widget model, with what it printed so far handed to it first */
    private OutputCollector capturing() {
        OutputCollector capture = current.capture();
        if (capture != null) {
            flushStreams.run(); // what the model printed before comes before the display
        }
        return capture;
    }

    static DisplayData toDisplayData(MimeBundle bundle, String displayId) {
        DisplayData data = new DisplayData();
        for (Map.Entry<String, Object> e : bundle.data().entrySet()) {
            data.putData(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Object> e : bundle.metadata().entrySet()) {
            data.putMetaData(e.getKey(), e.getValue());
        }
        if (displayId != null) {
            data.setDisplayId(displayId);
        }
        return data;
    }
}
