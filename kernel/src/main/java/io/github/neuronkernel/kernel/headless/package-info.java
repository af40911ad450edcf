/**
 * Runs a notebook without Jupyter or ZMQ, through the kernel's own evaluator and renderers:
 * {@code java -jar neuron-kernel.jar run NOTEBOOK [--out DIR] [-p name=value ...]}. Writes the
 * executed notebook (nbformat 4), a standalone HTML report and the charts as PNG files.
 */
package io.github.neuronkernel.kernel.headless;
