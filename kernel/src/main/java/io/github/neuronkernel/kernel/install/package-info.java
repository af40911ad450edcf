/** Kernelspec generation for the install script. */
package io.github.neuronkernel.kernel.install;
