/** Java generated from a checked mechanism, with nocmodl's arithmetic, and its in-memory compiler. */
package io.github.neuronkernel.engine.nmodl.codegen;
