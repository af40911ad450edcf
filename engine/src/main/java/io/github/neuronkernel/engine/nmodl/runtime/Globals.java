package io.github.neuronkernel.engine.nmodl.runtime;

/**
 * The values a loaded mechanism shares between its instances in one simulation: its GLOBAL
 * parameters (which users set as {@code NAME_SUFFIX}), its GLOBAL assigned values (one set per
 * thread, since two threads may run its instances at once, as NEURON's THREADSAFE mechanisms keep
 * them), and its TABLEs. Generated code reads and writes these arrays directly.
 */
public final class Globals {
    /** GLOBAL parameters and usetable, in the layout's order. */
    public final double[] values;
    /**
     * Per table, the values at its points row by row: variable j at point i is {@code [i * vars + j]},
     * so that the two rows an interpolation reads are next to each other.
     */
    public final double[][] tables;
    /** Per table, the values of its DEPEND globals when it was made (NaN: never made). */
    public final double[][] madeWith;
    /** Per table, whether it must be made before the next use. */
    public final boolean[] remake;
    /** Per table, its first point, NEURON's {@code _tmin}. */
    public final double[] tmin;
    /** Per table, points per unit of the argument, NEURON's {@code _mfac}. */
    public final double[] mfac;
    private final ThreadLocal<Scratch> scratch;
    private final Scratch userScratch;

    /**
     * @param values the GLOBAL parameters' defaults
     * @param scratchFactory makes one thread's set of GLOBAL assigned values
     * @param tableShapes per table: the number of variables, points and DEPEND globals
     */
    public Globals(double[] values, java.util.function.Supplier<Scratch> scratchFactory, int[][] tableShapes) {
        this.values = values.clone();
        this.scratch = ThreadLocal.withInitial(scratchFactory);
        this.userScratch = scratch.get(); // the thread that loads the mechanism runs the simulation
        int n = tableShapes.length;
        tables = new double[n][];
        madeWith = new double[n][];
        remake = new boolean[n];
        tmin = new double[n];
        mfac = new double[n];
        for (int i = 0; i < n; i++) {
            tables[i] = new double[tableShapes[i][0] * tableShapes[i][1]];
            madeWith[i] = new double[tableShapes[i][2]]; // 0, as NEURON's static _sav_ values start
            remake[i] = true;
        }
    }

    /** @return this thread's GLOBAL assigned values */
    public Scratch scratch() {
        return scratch.get();
    }

    /**
     * @return the GLOBAL assigned values of the thread that loaded the mechanism, which runs the
     *     steps (and their first part when a step is split between two threads): what {@code h.get}
     *     and references show
     */
    public Scratch userScratch() {
        return userScratch;
    }
}
