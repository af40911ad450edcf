/** Renderers: runs and XChart charts into PNG/SVG bundles, independent of Jupyter. */
package io.github.neuronkernel.kernel.display;
