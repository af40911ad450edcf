/**
 * The numerical core: assembling the discretised model into run-time arrays ({@link
 * io.github.neuronkernel.engine.solver.Runtime}), NEURON's fixed-step phase sequence ({@link
 * io.github.neuronkernel.engine.solver.FixedStep}) and the Hines tree solve ({@link
 * io.github.neuronkernel.engine.solver.HinesSolver}).
 */
package io.github.neuronkernel.engine.solver;
