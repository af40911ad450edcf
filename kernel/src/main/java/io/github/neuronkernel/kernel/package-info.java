/** The kernel: command line; Jupyter, JShell, display and notebook parts in subpackages. */
package io.github.neuronkernel.kernel;
