/**
 * A simulation engine that reproduces NEURON 8.2's fixed-step results byte for byte.
 *
 * <p>The packages follow the pipeline: {@code model} (the mutable description: sections,
 * mechanisms, point processes) is turned by {@code discretize} into an immutable node layout in
 * Hines order; {@code state} holds the per-node runtime arrays; {@code mechanism} defines the
 * lifecycle every mechanism follows; {@code solver} runs the per-step phase sequence and the tree
 * solve; {@code run} drives {@code batchRun}; {@code io} writes NEURON's output format; {@code api}
 * is the thin facade ({@code h}) used from JShell.
 *
 * <p>User mistakes raise {@link java.lang.IllegalArgumentException}s that name the parameter, the
 * value and what is allowed; a diverging simulation raises {@link
 * io.github.neuronkernel.engine.NumericalInstabilityException}.
 */
package io.github.neuronkernel.engine;
