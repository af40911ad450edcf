package io.github.neuronkernel.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.neuronkernel.engine.discretize.NodeLayout;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.solver.Runtime;
import org.junit.jupiter.api.Test;

/**
 * The matrix NEURON sets up at the end of {@code finitialize(-65)} for the seed soma ({@code
 * h.fmatrix}, {@code docs/neuron-numerics.md} section 7.1): diagonal and right-hand side at the
 * centre, root and end nodes.
 */
class MatrixCheckValuesTest {
    @Test
    void seedSomaAfterFinitialize() {
        var h = new Simulation();
        Section soma = h.Section("soma");
        soma.L = 10;
        soma.diam = 10;
        soma.insert("hh");
        var iclamp = h.IClamp(soma.at(0.5));
        iclamp.dur = 0.2;
        iclamp.delay = 0.3;
        iclamp.amp = 0.5;
        h.finitialize(-65);
        Runtime rt = h.ensureRuntime();
        NodeLayout layout = rt.layout();
        int centre = layout.centerNode(soma, 0);
        int root = layout.attachNode(soma);
        int end = layout.endNode(soma);
        double[] d = rt.state().d;
        double[] rhs = rt.state().rhs;
        assertEquals(-44.372777593076172, layout.a()[centre]);
        assertEquals(-14.124293785310734, layout.b()[centre]);
        assertEquals(28.289264824269917, d[centre], 1e-15 * 28.3, "d at the centre");
        assertEquals(3.0323709182494916e-05, rhs[centre], 1e-12 * 3.03e-5, "rhs at the centre");
        assertEquals(44.372777593076172, d[root], "d at the root node");
        assertEquals(44.372777593076172, d[end], "d at the x=1 end node");
        assertEquals(0.0, rhs[root]);
        assertEquals(0.0, rhs[end]);
        // the capacitance term is 0.001*cj*cm = 0.04; what remains of d is the hh conductance
        double gHh = d[centre] - 0.040000000000000001 + layout.b()[centre] + layout.a()[end];
        assertEquals(0.00067725364844960917, gHh, 1e-9, "finite-difference hh conductance (to 1e-9 absolute)");
    }
}
