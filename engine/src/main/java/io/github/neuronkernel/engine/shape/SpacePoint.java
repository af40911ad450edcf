package io.github.neuronkernel.engine.shape;

import io.github.neuronkernel.engine.model.Segment;

/**
 * One point of a space plot's line.
 *
 * @param distance path distance (um), as {@link PathPoint#distance()}
 * @param source where the value is read, or null for a point NEURON draws at 0 (where the line
 *     drops to the axis beside a stretch in which the variable does not exist)
 */
public record SpacePoint(double distance, Segment source) {}
