package io.github.neuronkernel.engine.state;

import io.github.neuronkernel.engine.discretize.NodeLayout;

/**
 * The per-node arrays of one discretised model, in Hines order, plus the clock. Mechanisms read v
 * and add to rhs and d; the solver turns rhs into the voltage change.
 */
public final class CableState {
    /** The node layout these arrays follow. */
    public final NodeLayout layout;
    /** Number of nodes. */
    public final int size;
    /** Membrane potential (mV). */
    public final double[] v;
    /** Right-hand side: current balance, then after the solve the change of v (mV). */
    public final double[] rhs;
    /** Matrix diagonal (S/cm2 at membrane nodes). */
    public final double[] d;
    /** Sodium ion values. */
    public final IonState na;
    /** Potassium ion values. */
    public final IonState k;
    /** Globals (t, dt, celsius, ...). */
    public final Clock clock;

    /**
     * @param layout the discretisation
     * @param clock the globals, shared with the stepper
     */
    public CableState(NodeLayout layout, Clock clock) {
        this.layout = layout;
        this.size = layout.size();
        this.v = new double[size];
        this.rhs = new double[size];
        this.d = new double[size];
        this.na = new IonState("na", size, 115.0 + -65.0);
        this.k = new IonState("k", size, -12.0 + -65.0);
        this.clock = clock;
        java.util.Arrays.fill(v, -65.0);
    }

    /** @return the ion state named {@code na} or {@code k}, or null */
    public IonState ion(String name) {
        return switch (name) {
            case "na" -> na;
            case "k" -> k;
            default -> null;
        };
    }
}
