/** NEURON's output formats: C-style {@code %g} and the {@code batch_run} file. */
package io.github.neuronkernel.engine.io;
