/**
 * NEURON's built-in mechanisms, transcribed from the code nocmodl 8.2 generates for {@code hh.mod},
 * {@code passive.mod} and {@code stim.mod}, operation for operation, so that results match to the
 * last bit.
 */
package io.github.neuronkernel.engine.mechanism.builtin;
