/** Drivers that step a simulation over a time span: NEURON's {@code batch_run}. */
package io.github.neuronkernel.engine.run;
