/**
 * The facade used from JShell: {@link io.github.neuronkernel.engine.api.Simulation} plays NEURON's
 * {@code h}. It validates, converts and delegates; it holds no numerics.
 */
package io.github.neuronkernel.engine.api;
