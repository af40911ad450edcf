/**
 * Renderers, independent of Jupyter: a {@link io.github.neuronkernel.kernel.display.Figure} (panels
 * stacked over one x axis; what {@code plot(...)} and every run's chart are) drawn by {@link
 * io.github.neuronkernel.kernel.display.FigurePainter} as PNG at 2x or SVG, traces thinned to the
 * pixels they cover; XChart charts, shape and space plots into PNG/SVG bundles.
 */
package io.github.neuronkernel.kernel.display;
