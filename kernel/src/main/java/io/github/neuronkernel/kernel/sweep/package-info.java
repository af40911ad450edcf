/**
 * Parameter sweeps: a grid of parameter values ({@link io.github.neuronkernel.kernel.sweep.SweepGrid}),
 * its points run side by side on this machine's cores ({@link
 * io.github.neuronkernel.kernel.sweep.SweepRunner}), and the gathered results as a table that
 * writes CSV, shows as HTML or text and draws its charts ({@link
 * io.github.neuronkernel.kernel.sweep.SweepTable}). Cells reach it through {@code sweep(...)} and
 * {@code plot(table)} in {@code Notebook}; nothing here knows of Jupyter.
 */
package io.github.neuronkernel.kernel.sweep;
