package io.github.neuronkernel.engine.run;

import io.github.neuronkernel.engine.model.Probe;
import java.util.Arrays;

/** The saved values of a run, kept for listeners; grows by doubling, preallocated for the expected lines. */
final class ColumnBuffer {
    private double[][] values;
    private int rows;

    ColumnBuffer(int columns, int expectedRows) {
        values = new double[columns][Math.max(16, expectedRows)];
    }

    void add(Probe[] probes) {
        if (values.length > 0 && rows == values[0].length) {
            for (int c = 0; c < values.length; c++) {
                values[c] = Arrays.copyOf(values[c], 2 * rows);
            }
        }
        for (int c = 0; c < probes.length; c++) {
            values[c][rows] = probes[c].get();
        }
        rows++;
    }

    double[][] values() {
        return values;
    }

    int rows() {
        return rows;
    }
}
