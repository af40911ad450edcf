/** What generated mechanisms use at run time: shared globals and tables, NEURON's math functions. */
package io.github.neuronkernel.engine.nmodl.runtime;
