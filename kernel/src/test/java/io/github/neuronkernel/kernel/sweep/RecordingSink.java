package io.github.neuronkernel.kernel.sweep;

import io.github.neuronkernel.kernel.display.DisplaySink;
import io.github.neuronkernel.kernel.display.MimeBundle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps every display and update, as "display ID: text" and "update ID: text". */
public final class RecordingSink implements DisplaySink {
    /** What was shown, in order. */
    public final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void display(MimeBundle bundle, String displayId) {
        events.add("display " + displayId + ": " + bundle.plainText());
    }

    @Override
    public void update(MimeBundle bundle, String displayId) {
        events.add("update " + displayId + ": " + bundle.plainText());
    }
}
