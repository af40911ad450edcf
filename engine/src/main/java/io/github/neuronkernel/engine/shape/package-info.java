/**
 * What NEURON's shape plot and space plot show, as data: each segment's piece of a section's 3-D
 * polyline projected onto a view plane ({@link io.github.neuronkernel.engine.shape.ShapeSegment}),
 * colour scale limits ({@link io.github.neuronkernel.engine.shape.ColorScale}), and the nodes
 * along the path between two locations with NEURON's distances ({@link
 * io.github.neuronkernel.engine.shape.SpacePath}). Drawing them is left to the caller.
 */
package io.github.neuronkernel.engine.shape;
