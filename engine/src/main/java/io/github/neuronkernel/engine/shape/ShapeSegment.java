package io.github.neuronkernel.engine.shape;

import io.github.neuronkernel.engine.model.Segment;

/**
 * One segment as a shape plot draws it: its piece of the section's polyline, projected.
 *
 * @param segment the segment (its centre)
 * @param u the piece's horizontal picture coordinates (um), two or more
 * @param v the piece's vertical picture coordinates (um), as many as u
 * @param diam the segment's diameter (um)
 * @param value the variable's value there, or NaN where it does not exist (or no variable is shown)
 */
public record ShapeSegment(Segment segment, double[] u, double[] v, double diam, double value) {
    /** @return whether the segment has a value to colour it by */
    public boolean hasValue() {
        return !Double.isNaN(value);
    }
}
