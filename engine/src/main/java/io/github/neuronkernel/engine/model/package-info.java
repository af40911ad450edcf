/**
 * The mutable model description: sections with their geometry and inserted mechanisms, how they
 * connect, and where point processes sit. No per-node arrays and no time live here; the {@code
 * discretize} package turns this into a node layout at the next {@code finitialize} or {@code
 * fadvance}, as NEURON does.
 */
package io.github.neuronkernel.engine.model;
