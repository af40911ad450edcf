package io.github.neuronkernel.kernel.jupyter;

import java.util.function.Consumer;

/**
 * Handles the requests of one channel, and may keep work for when the channel has no request
 * waiting: a widget's model runs again only once the changes queued behind the one that asked for
 * it have been read, so that only the latest values run.
 */
@FunctionalInterface
interface Dispatcher extends Consumer<Request> {
    /** @return whether work waits for the channel to have no request queued */
    default boolean hasDeferred() {
        return false;
    }

    /** Does the waiting work; called on the channel's thread when no request is queued. */
    default void runDeferred() {
    }
}
