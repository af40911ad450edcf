/** The JShell evaluator: cells, snippets, tracebacks, completion and interrupts; independent of Jupyter. */
package io.github.neuronkernel.kernel.jshell;
