/**
 * Runtime state owned by the stepper: per-node arrays (structure of arrays, indexed by node in
 * Hines order), ion arrays, and the clock. Nothing here allocates once built.
 */
package io.github.neuronkernel.engine.state;
