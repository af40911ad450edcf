package io.github.neuronkernel.engine.shape;

import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.Segment;

/**
 * One node on a space plot's path, as NEURON lists it.
 *
 * @param section the section the node is read from
 * @param x the node's position on that section (a segment centre, 0 or 1), rounded to a 32-bit
 *     float as NEURON keeps it
 * @param distance the node's signed path distance (um) from the path's point nearest the root:
 *     negative towards the path's beginning, positive towards its end; rounded to a 32-bit float
 *     as NEURON keeps it
 * @param node the segment whose centre this node is (possibly on another section, where a section
 *     attaches inside its parent), or null for a section end or a cell's root node: NEURON's
 *     mechanisms live only at segment centres, section ends carry v alone
 */
public record PathPoint(Section section, double x, double distance, Segment node) {}
