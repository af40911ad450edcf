/** The kernel: command line, exit guard; Jupyter, JShell, display and notebook parts in subpackages. */
package io.github.neuronkernel.kernel;
