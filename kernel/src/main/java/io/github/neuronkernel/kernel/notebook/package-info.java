/** What cells see besides the engine: display, html, markdown, plot (with raster and panels), sweep and glue. */
package io.github.neuronkernel.kernel.notebook;
