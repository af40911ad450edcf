package io.github.neuronkernel.engine.api;

import io.github.neuronkernel.engine.io.CFormat;
import io.github.neuronkernel.engine.mechanism.DensityMechanism;
import io.github.neuronkernel.engine.mechanism.DensityType;
import io.github.neuronkernel.engine.mechanism.MechanismCatalog;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.PointProcessInternals;
import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Geometry;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.model.SectionInternals;
import io.github.neuronkernel.engine.solver.Runtime;
import io.github.neuronkernel.engine.state.IonState;
import java.util.ArrayList;
import java.util.List;

/** NEURON's hoc {@code psection()} text: geometry, then each mechanism's parameters in the first segment. */
final class SectionPrinter {
    private SectionPrinter() {}

    static String psection(Section sec, Runtime rt, MechanismCatalog catalog, List<PointProcess> pointProcesses) {
        Geometry g = SectionInternals.geometry(sec);
        StringBuilder out = new StringBuilder();
        out.append(sec.name()).append(" { nseg=").append(g.nseg()).append("  L=").append(CFormat.g(g.length()))
                .append("  Ra=").append(CFormat.g(g.ra())).append('\n');
        if (sec.parent() == null) {
            out.append("\t/*location 0 attached to cell ").append(rootIndex(sec)).append("*/\n");
        } else {
            out.append('\t').append(sec.parent().name()).append(" connect ").append(sec.name()).append(" (")
                    .append(sec.reversed() ? 1 : 0).append("), ").append(CFormat.g(sec.parentX())).append('\n');
        }
        out.append("\t/* First segment only */\n");
        out.append("\tinsert morphology { diam=").append(CFormat.g(g.diam(0))).append("}\n");
        out.append("\tinsert capacitance { cm=").append(CFormat.g(g.cm(0))).append("}\n");
        int node = rt.layout().centerNode(sec, 0);
        List<String> ionsShown = new ArrayList<>();
        for (String name : sec.mechanisms()) { // insertion order, each followed by its new ions
            DensityType type = catalog.density(name);
            appendParameters(out, type, rt.density(name), rt.instanceAt(name, node));
            for (var use : type.ions()) {
                String ion = use.ion();
                if (!ionsShown.contains(ion)) {
                    ionsShown.add(ion);
                    IonState state = rt.state().ion(ion);
                    out.append("\tinsert ").append(ion).append("_ion { e").append(ion).append('=')
                            .append(CFormat.g(state.erev[node])).append("}\n");
                }
            }
        }
        for (PointProcess p : pointProcesses) {
            if (PointProcessInternals.node(p) == node) {
                out.append("\tinsert ").append(p.getClass().getSimpleName()).append(" { ")
                        .append(PointProcessInternals.describeParameters(p)).append("}\n");
            }
        }
        return out.append('}').toString();
    }

    private static void appendParameters(StringBuilder out, DensityType type, DensityMechanism m, int k) {
        out.append("\tinsert ").append(type.name()).append(" {");
        for (int var = 0; var < type.variables().size(); var++) {
            Variable v = type.variables().get(var);
            if (v.kind() == Variable.Kind.PARAMETER) {
                out.append(' ').append(v.name()).append('_').append(type.name()).append('=')
                        .append(CFormat.g(m.column(var)[k]));
            }
        }
        out.append("}\n");
    }

    private static int rootIndex(Section sec) {
        return SectionInternals.model(sec).roots().indexOf(sec);
    }
}
