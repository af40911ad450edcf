package io.github.neuronkernel.engine.event;

/**
 * A point process that may spike with NET_RECEIVE's {@code net_event}, and so can be a NetCon's
 * source ({@link EventSystem#netEvent(SpikeSender, double)}). Artificial cells are senders already.
 */
public interface SpikeSender extends EventTarget {}
