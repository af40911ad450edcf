package io.github.neuronkernel.kernel.display;

/**
 * Where displays go: the Jupyter kernel publishes them on IOPub, a headless runner may write them
 * into a notebook file.
 */
public interface DisplaySink {
    /**
     * Shows a new output.
     *
     * @param bundle what to show
     * @param displayId an id that later {@link #update} calls can replace it by, or null
     */
    void display(MimeBundle bundle, String displayId);

    /** Replaces every output shown with {@code displayId}. */
    void update(MimeBundle bundle, String displayId);

    /**
     * Takes away what was shown with {@code displayId}. Jupyter has no message for that, so by
     * default the output is replaced by empty text; a sink that keeps its outputs may drop it.
     */
    default void clear(String displayId) {
        update(MimeBundle.text(""), displayId);
    }

    /** A sink that drops everything, for when no front end listens. */
    DisplaySink NONE = new DisplaySink() {
        @Override
        public void display(MimeBundle bundle, String displayId) {}

        @Override
        public void update(MimeBundle bundle, String displayId) {}
    };
}
