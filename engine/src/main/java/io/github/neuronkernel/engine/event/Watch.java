package io.github.neuronkernel.engine.event;

/**
 * One WATCH statement of one point process (NEURON's WatchCondition): while active, it is checked
 * at the start of every step, after the NetCon thresholds, and sends its point process a
 * self-event with its flag, at that time, when its condition becomes positive.
 */
public final class Watch {
    /** What computes a WATCH condition: {@code lhs - rhs} for {@code >}, its negative for {@code <}. */
    @FunctionalInterface
    public interface Condition {
        /** @return the condition's value for WATCH number {@code index}; positive means true */
        double value(int index);
    }

    final Condition condition;
    final int index;
    final int self;
    double flag;
    boolean above;
    boolean active;

    Watch(Condition condition, int index, int self) {
        this.condition = condition;
        this.index = index;
        this.self = self;
    }
}
