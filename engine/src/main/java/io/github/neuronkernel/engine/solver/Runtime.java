package io.github.neuronkernel.engine.solver;

import io.github.neuronkernel.engine.discretize.Discretizer;
import io.github.neuronkernel.engine.discretize.NodeLayout;
import io.github.neuronkernel.engine.mechanism.DensityMechanism;
import io.github.neuronkernel.engine.mechanism.DensityType;
import io.github.neuronkernel.engine.mechanism.IonUse;
import io.github.neuronkernel.engine.mechanism.Mechanism;
import io.github.neuronkernel.engine.mechanism.MechanismCatalog;
import io.github.neuronkernel.engine.mechanism.PointProcess;
import io.github.neuronkernel.engine.mechanism.PointProcessGroup;
import io.github.neuronkernel.engine.mechanism.PointProcessInternals;
import io.github.neuronkernel.engine.model.Geometry;
import io.github.neuronkernel.engine.model.Model;
import io.github.neuronkernel.engine.model.Section;
import io.github.neuronkernel.engine.state.CableState;
import io.github.neuronkernel.engine.state.Clock;
import io.github.neuronkernel.engine.state.IonState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One discretisation of the model with its run-time values: the node layout, the per-node arrays
 * and every mechanism's instances, in NEURON's call order. Built again whenever the model's
 * structure or geometry changes; values carry over from the previous build section by section.
 */
public final class Runtime {
    final NodeLayout layout;
    final CableState state;
    final Mechanism[] mechanisms;
    private final Map<String, DensityMechanism> density = new LinkedHashMap<>();
    private final Map<String, int[]> instanceAtNode = new LinkedHashMap<>();

    private Runtime(NodeLayout layout, CableState state, List<Mechanism> ordered,
            Map<String, DensityMechanism> dens) {
        this.layout = layout;
        this.state = state;
        this.mechanisms = ordered.toArray(new Mechanism[0]);
        this.density.putAll(dens);
        for (DensityMechanism m : dens.values()) {
            int[] at = new int[layout.size()];
            Arrays.fill(at, -1);
            for (int k = 0; k < m.count(); k++) {
                at[m.nodeOf(k)] = k;
            }
            instanceAtNode.put(m.type().name(), at);
        }
    }

    /**
     * Discretises the model and creates the mechanisms' instances.
     *
     * @param model the description (pending geometry changes are validated and applied)
     * @param pointProcesses every point process, in creation order
     * @param previous the runtime being replaced, whose values carry over; or null
     * @param clock the globals
     * @param catalog the density mechanisms by name
     */
    public static Runtime build(Model model, List<PointProcess> pointProcesses, Runtime previous, Clock clock,
            MechanismCatalog catalog) {
        NodeLayout layout = Discretizer.build(model);
        CableState state = new CableState(layout, clock, catalog.ionTypes());
        List<Mechanism> ordered = new ArrayList<>();
        Map<String, DensityMechanism> dens = new LinkedHashMap<>();
        for (DensityType type : catalog.densityTypes()) {
            int[] nodes = nodesWith(layout, type.name());
            if (nodes.length > 0) {
                DensityMechanism m = type.create(nodes, state);
                dens.put(type.name(), m);
                ordered.add(m);
            }
        }
        ordered.addAll(groups(layout, pointProcesses, state));
        ordered.sort(Comparator.comparingInt(Mechanism::order));
        Runtime rt = new Runtime(layout, state, ordered, dens);
        rt.markIons(pointProcesses);
        if (previous != null) {
            rt.carryOver(previous);
        }
        return rt;
    }

    /** @return the node layout */
    public NodeLayout layout() {
        return layout;
    }

    /** @return the per-node arrays */
    public CableState state() {
        return state;
    }

    /** @return the instances of a density mechanism, or null if it is inserted nowhere */
    public DensityMechanism density(String name) {
        return density.get(name);
    }

    /** @return the instance index of the mechanism at a node, or -1 */
    public int instanceAt(String mechanism, int node) {
        int[] at = instanceAtNode.get(mechanism);
        return at == null ? -1 : at[node];
    }

    private static int[] nodesWith(NodeLayout layout, String mechanism) {
        List<Integer> nodes = new ArrayList<>();
        for (Section s : layout.sections()) {
            if (s.has(mechanism)) {
                for (int j = 0; j < layout.nseg(s); j++) {
                    nodes.add(layout.centerNode(s, j));
                }
            }
        }
        return nodes.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static List<Mechanism> groups(NodeLayout layout, List<PointProcess> pointProcesses, CableState state) {
        Map<Class<?>, List<PointProcess>> byClass = new LinkedHashMap<>();
        for (PointProcess p : pointProcesses) {
            Section sec = p.getSegment().sec();
            int node = layout.exactNode(sec, p.getLoc());
            PointProcessInternals.place(p, node, layout.area()[node], state);
            byClass.computeIfAbsent(p.getClass(), c -> new ArrayList<>()).add(p);
        }
        List<Mechanism> groups = new ArrayList<>();
        for (List<PointProcess> members : byClass.values()) {
            // NEURON links a new point process at the head of its node's list, so several of one type
            // at one node run newest first: reverse the creation order, then sort stably by node
            java.util.Collections.reverse(members);
            members.sort(Comparator.comparingInt(PointProcessInternals::node));
            groups.add(new PointProcessGroup(members.toArray(new PointProcess[0])));
        }
        return groups;
    }

    /**
     * Marks where each ion is present and its style there (NEURON's {@code nrn_promote}, taken over
     * every mechanism at the node): concentrations start from the globals where one writes them;
     * the reversal potential follows Nernst at initialisation where one reads or writes them, and
     * at every step where one writes them.
     */
    private void markIons(List<PointProcess> pointProcesses) {
        for (DensityMechanism m : density.values()) {
            for (IonUse use : m.type().ions()) {
                IonState s = state.ion(use.ion());
                for (int k = 0; k < m.count(); k++) {
                    s.use(m.nodeOf(k), use.readsConcentration(), use.writesConcentration());
                }
            }
        }
        for (PointProcess p : pointProcesses) {
            for (IonUse use : PointProcessInternals.ionUses(p)) {
                state.ion(use.ion()).use(PointProcessInternals.node(p), use.readsConcentration(), use.writesConcentration());
            }
        }
    }

    /**
     * Copies values from the previous build: each new segment takes the values of the old segment
     * containing its centre; new sections keep their defaults (v = -65 mV).
     */
    private void carryOver(Runtime old) {
        for (Section s : layout.sections()) {
            if (!old.layout.contains(s)) {
                continue;
            }
            int nNew = layout.nseg(s);
            int nOld = old.layout.nseg(s);
            for (int j = 0; j < nNew; j++) {
                int to = layout.centerNode(s, j);
                int from = old.layout.centerNode(s, Geometry.containing(nOld, (j + 0.5) / nNew));
                copyNode(old, from, to);
            }
            state.v[layout.endNode(s)] = old.state.v[old.layout.endNode(s)];
            if (s.parent() == null && old.layout.sectionOf(old.layout.attachNode(s)) == s
                    && old.layout.parent()[old.layout.attachNode(s)] < 0) {
                state.v[layout.attachNode(s)] = old.state.v[old.layout.attachNode(s)];
            }
        }
    }

    private void copyNode(Runtime old, int from, int to) {
        state.v[to] = old.state.v[from];
        for (IonState ion : state.ions) {
            IonState before = old.state.ion(ion.name);
            if (before != null) {
                ion.erev[to] = before.erev[from];
                ion.conci[to] = before.conci[from];
                ion.conco[to] = before.conco[from];
            }
        }
        for (DensityMechanism m : density.values()) {
            String name = m.type().name();
            int kNew = instanceAt(name, to);
            int kOld = old.instanceAt(name, from);
            if (kNew >= 0 && kOld >= 0) {
                DensityMechanism oldM = old.density(name);
                for (int var = 0; var < m.type().variables().size(); var++) {
                    m.column(var)[kNew] = oldM.column(var)[kOld];
                }
            }
        }
    }
}
