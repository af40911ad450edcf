package io.github.neuronkernel.engine.run;

import java.util.List;

/**
 * What a batchRun is about to do.
 *
 * @param file the output path, or null when nothing is written
 * @param comment the comment line
 * @param tstart the time it starts from (ms)
 * @param tstop the time it stops at (ms)
 * @param tstep the output interval (ms)
 * @param dt the time step (ms)
 * @param columns the saved variables' names, in column order
 * @param units each column's unit (e.g. {@code ms}, {@code mV}; empty when it has none)
 */
public record RunStart(String file, String comment, double tstart, double tstop, double tstep, double dt,
        List<String> columns, List<String> units) {}
