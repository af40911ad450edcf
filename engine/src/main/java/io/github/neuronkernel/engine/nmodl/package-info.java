/**
 * NMODL: {@code .mod} files compiled into the engine. The stages are kept apart: {@code syntax}
 * (text to syntax tree; knows nothing of the engine), {@code model} (a checked description: names
 * resolved to symbols by NEURON's rules), {@code codegen} (Java source doing nocmodl's arithmetic,
 * compiled in memory), {@code runtime} (what generated code uses), and {@link
 * io.github.neuronkernel.engine.nmodl.NmodlLoader}, which registers the result in a simulation's
 * catalogue. {@code NOCMODL.md} beside this file states what nocmodl generates.
 */
package io.github.neuronkernel.engine.nmodl;
