package io.github.neuronkernel.engine.shape;

import java.util.List;

/**
 * Everything a shape plot shows at one moment, for whoever draws it.
 *
 * @param title the title, or empty
 * @param widthPx the picture's width (pixels)
 * @param heightPx the picture's height (pixels)
 * @param variable the variable the segments are coloured by, or null for the bare morphology
 * @param unit the variable's unit, or empty
 * @param scale the values the colour map spans, or null without a variable
 * @param lineWidthPx the width (pixels) of every line, or 0 to draw each segment as wide as its
 *     diameter (at least 1 pixel)
 * @param view the projection the coordinates are in
 * @param segments every segment, in tree order
 * @param sectionsWithout names of sections where the variable does not exist (drawn without colour)
 */
public record ShapePicture(String title, int widthPx, int heightPx, String variable, String unit, ColorScale scale,
        double lineWidthPx, View view, List<ShapeSegment> segments, List<String> sectionsWithout) {
    /** @return the smallest and largest value of the segments that have one, or null if none has */
    public double[] valueRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ShapeSegment s : segments) {
            if (s.hasValue()) {
                min = Math.min(min, s.value());
                max = Math.max(max, s.value());
            }
        }
        return min <= max ? new double[] {min, max} : null;
    }

    /** @return {minU, minV, maxU, maxV} (um) of every segment's piece, or null without segments */
    public double[] bounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (ShapeSegment s : segments) {
            for (int i = 0; i < s.u().length; i++) {
                b[0] = Math.min(b[0], s.u()[i]);
                b[1] = Math.min(b[1], s.v()[i]);
                b[2] = Math.max(b[2], s.u()[i]);
                b[3] = Math.max(b[3], s.v()[i]);
            }
        }
        return segments.isEmpty() ? null : b;
    }
}
