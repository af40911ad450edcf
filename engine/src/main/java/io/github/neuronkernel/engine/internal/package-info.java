/** Argument checks and small helpers shared by the engine; not API. */
package io.github.neuronkernel.engine.internal;
