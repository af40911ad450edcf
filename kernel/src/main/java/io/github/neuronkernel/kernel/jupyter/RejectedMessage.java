package io.github.neuronkernel.kernel.jupyter;

/** A message the kernel drops unread, and why (for the kernel's log, never for a cell's output). */
final class RejectedMessage extends Exception {
    RejectedMessage(String reason) {
        super(reason, null, false, false); // no stack trace: a flood of bad messages should cost little
    }
}
