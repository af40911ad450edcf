package io.github.neuronkernel.kernel.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing to show, in several representations keyed by MIME type (as Jupyter's display_data):
 * e.g. {@code image/png} (base64) with a {@code text/plain} summary. Independent of any transport.
 */
public final class MimeBundle {
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();

    /** @return a bundle with only {@code text/plain} */
    public static MimeBundle text(String text) {
        return new MimeBundle().put("text/plain", text);
    }

    /**
     * Adds a representation.
     *
     * @return this bundle
     */
    public MimeBundle put(String mimeType, Object value) {
        data.put(mimeType, value);
        return this;
    }

    /**
     * Adds metadata for one representation, e.g. an image's width.
     *
     * @return this bundle
     */
    public MimeBundle meta(String mimeType, Map<String, Object> value) {
        metadata.put(mimeType, value);
        return this;
    }

    /** @return the representations, by MIME type, read-only */
    public Map<String, Object> data() {
        return Collections.unmodifiableMap(data);
    }

    /** @return the metadata, by MIME type, read-only */
    public Map<String, Object> metadata() {
        return Collections.unmodifiableMap(metadata);
    }

    /** @return the {@code text/plain} representation, or null */
    public String plainText() {
        Object t = data.get("text/plain");
        return t == null ? null : t.toString();
    }

    @Override
    public String toString() {
        String t = plainText();
        return t != null ? t : "MimeBundle" + data.keySet();
    }
}
