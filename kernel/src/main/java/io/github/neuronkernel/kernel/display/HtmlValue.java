package io.github.neuronkernel.kernel.display;

/**
 * A value that shows as HTML when it is a cell's value or passed to {@code display}, with its
 * {@code toString()} as the {@code text/plain} for terminals.
 */
public interface HtmlValue {
    /** @return a self-contained HTML fragment, every value in it escaped */
    String toHtml();
}
