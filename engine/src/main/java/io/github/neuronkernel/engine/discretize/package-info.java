/**
 * Turns the model description into an immutable node layout: nodes in Hines order (every parent
 * before its children), the parent index, areas and the axial coefficients a and b, exactly as
 * NEURON 8.2's {@code nrn_area_ri}, {@code connection_coef} and {@code reorder_secorder} compute
 * them. See {@code DESIGN.md} in this directory for the node numbering.
 */
package io.github.neuronkernel.engine.discretize;
