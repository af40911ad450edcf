package io.github.neuronkernel.engine.nmodl.runtime;

import io.github.neuronkernel.engine.mechanism.Variable;
import io.github.neuronkernel.engine.model.Bindings;
import io.github.neuronkernel.engine.model.Probe;
import io.github.neuronkernel.engine.model.Ref;
import java.util.List;

/**
 * The variables users see on one loaded point process or artificial cell ({@code syn.get("g")}),
 * and their access in its value array: variable i is {@code p[i]}.
 *
 * @param variables the user-visible variables, in NEURON's order, with units, defaults and limits
 */
public record InstanceVariables(List<Variable> variables) {
    /**
     * @return the index of {@code name}
     * @throws IllegalArgumentException naming the variables there are
     */
    public int index(String owner, String name) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(owner + " has no variable \"" + name + "\"; its variables are "
                + String.join(", ", variables.stream().map(Variable::name).toList()));
    }

    /** Sets every variable to its default. */
    public void reset(double[] p) {
        for (int i = 0; i < variables.size(); i++) {
            p[i] = variables.get(i).defaultValue();
        }
    }

    /** Checks a value against the variable's range and stores it. */
    public void set(String owner, double[] p, String name, double value) {
        int i = index(owner, name);
        Variable v = variables.get(i);
        v.checkAs(owner + "." + name, value);
        p[i] = value;
    }

    /** @return a reference to variable {@code name} of {@code p}, for batchSave and Vector.record */
    public Ref ref(String owner, double[] p, String name) {
        int i = index(owner, name);
        String unit = variables.get(i).unit().equals("1") ? "" : variables.get(i).unit();
        String full = owner + "." + name;
        return new Ref() {
            @Override
            public String name() {
                return full;
            }

            @Override
            public String unit() {
                return unit;
            }

            @Override
            public double get() {
                return p[i];
            }

            @Override
            public void set(double value) {
                p[i] = value;
            }

            @Override
            public Probe bind(Bindings bindings) {
                return () -> p[i];
            }

            @Override
            public String toString() {
                return full;
            }
        };
    }

    /** @return the PARAMETERs as psection prints them: {@code tau1=0.5 tau2=4} */
    public String describeParameters(double[] p) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).kind() == Variable.Kind.PARAMETER) {
                b.append(b.length() == 0 ? "" : " ").append(variables.get(i).name()).append('=')
                        .append(io.github.neuronkernel.engine.io.CFormat.g(p[i]));
            }
        }
        return b.toString();
    }
}
