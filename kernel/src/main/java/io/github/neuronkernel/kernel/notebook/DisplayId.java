package io.github.neuronkernel.kernel.notebook;

/**
 * The id of an output shown by {@code display(...)}, to replace it later with {@code
 * updateDisplay(id, value)}. As a cell's value it shows nothing: {@code display(html(...))} at
 * the end of a cell shows the HTML once, not the HTML and then its id.
 *
 * @param id the Jupyter display id
 */
public record DisplayId(String id) {
    @Override
    public String toString() {
        return id;
    }
}
