/** The Jupyter protocol side: sockets, request loops, IOPub, streams; on jupyter-jvm-basekernel. */
package io.github.neuronkernel.kernel.jupyter;
