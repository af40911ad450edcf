/** A mechanism as a .mod file describes it, checked: symbols, ions, currents and blocks. */
package io.github.neuronkernel.engine.nmodl.model;
