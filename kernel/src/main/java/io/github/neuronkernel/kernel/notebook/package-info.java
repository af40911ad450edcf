/** What cells see besides the engine: display, html, markdown and plot helpers. */
package io.github.neuronkernel.kernel.notebook;
