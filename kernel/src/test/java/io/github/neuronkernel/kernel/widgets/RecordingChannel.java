package io.github.neuronkernel.kernel.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Keeps every comm_open and comm_msg; collects output only when a test prints through {@link #print}. */
final class RecordingChannel implements CommChannel {
    record Open(String commId, String target, Map<String, Object> data) {}

    record Sent(String commId, Map<String, Object> data) {}

    final List<Open> opened = new ArrayList<>();
    final List<Sent> sent = new ArrayList<>();
    private OutputCollector collecting;

    @Override
    public void open(String commId, String target, Map<String, Object> data) {
        opened.add(new Open(commId, target, data));
    }

    @Override
    public void send(String commId, Map<String, Object> data) {
        sent.add(new Sent(commId, data));
    }

    @Override
    public <T> T collecting(OutputCollector into, Supplier<T> work) {
        collecting = into;
        try {
            return work.get();
        } finally {
            collecting = null;
        }
    }

    /** What a model prints, as the kernel's stdout would hand it over while collecting. */
    void print(String text) {
        if (collecting != null) {
            collecting.stream("stdout", text);
        }
    }
}
