package io.github.neuronkernel.engine.run;

import java.util.Arrays;
import java.util.List;

/**
 * What a batchRun wrote: the values of every saved variable at every output line, and how the run
 * ended.
 *
 * @param start the run's parameters
 * @param values {@code values[column][row]}, exactly the numbers written (before formatting)
 * @param rows the number of output lines
 * @param endTime the simulation time reached (ms)
 * @param failure null if the run completed; otherwise why it stopped (an interrupt or an error)
 */
public record RunRecord(RunStart start, double[][] values, int rows, double endTime, Throwable failure) {
    /** @return whether the run reached tstop */
    public boolean completed() {
        return failure == null;
    }

    /** @return the saved variables' names */
    public List<String> columns() {
        return start.columns();
    }

    /** @return a copy of one column's values */
    public double[] column(int i) {
        return Arrays.copyOf(values[i], rows);
    }
}
