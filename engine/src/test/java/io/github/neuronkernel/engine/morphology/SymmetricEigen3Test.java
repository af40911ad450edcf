package io.github.neuronkernel.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link SymmetricEigen3} against NEURON 8.2.2's Matrix.symmeig on 56 matrices ({@code
 * reference/morphology/symmeig_cases.py}): the same eigenvalues in the same order and the same
 * eigenvectors with the same signs, bit for bit.
 */
class SymmetricEigen3Test {
    @Test
    void eigenvaluesAndVectorsAreNeuronsBitForBit() throws IOException {
        String[] lines = TestSupport.reference("symmeig_cases.txt").split("\n");
        assertEquals(56, lines.length);
        int identical = 0;
        StringBuilder differences = new StringBuilder();
        for (String line : lines) {
            double[] v = Arrays.stream(line.split(" ")).mapToDouble(Double::parseDouble).toArray();
            double[][] a = {{v[0], v[1], v[2]}, {v[1], v[3], v[4]}, {v[2], v[4], v[5]}};
            SymmetricEigen3 e = new SymmetricEigen3(a);
            double[] got = new double[12];
            System.arraycopy(e.values, 0, got, 0, 3);
            for (int i = 0; i < 3; i++) {
                System.arraycopy(e.vectors[i], 0, got, 3 + 3 * i, 3);
            }
            double[] want = Arrays.copyOfRange(v, 6, 18);
            if (Arrays.equals(got, want)) {
                identical++;
            } else if (differences.length() < 2000) {
                differences.append("\n").append(line).append("\n  ours ").append(Arrays.toString(got));
            }
        }
        assertEquals(lines.length, identical, "matrices decomposed as NEURON does:" + differences);
    }
}
