package io.github.neuronkernel.engine.model;

/** A reference to a range variable at {@code section(x)}. */
final class RangeRef implements Ref {
    private final Section section;
    private final double x;
    private final String variable;

    RangeRef(Section section, double x, String variable) {
        this.section = section;
        this.x = x;
        this.variable = variable;
    }

    @Override
    public String name() {
        return segment() + "." + variable;
    }

    @Override
    public String unit() {
        return switch (variable) {
            case "diam" -> "um";
            case "cm" -> "uF/cm2";
            default -> section.model().access().unit(section, x, variable);
        };
    }

    @Override
    public double get() {
        return segment().get(variable);
    }

    @Override
    public void set(double value) {
        segment().set(variable, value);
    }

    @Override
    public Model model() {
        return section.model();
    }

    @Override
    public boolean isOnDeletedSection() {
        return section.isDeleted();
    }

    @Override
    public Probe bind(Bindings bindings) {
        if (section.isDeleted()) {
            throw new IllegalArgumentException(name() + " refers to section " + section.name()
                    + ", which was deleted");
        }
        if (Section.isGeometryVariable(variable)) {
            return this::get;
        }
        return bindings.range(section, x, variable);
    }

    @Override
    public java.util.function.DoubleConsumer bindSetter(Bindings bindings) {
        if (section.isDeleted()) {
            throw new IllegalArgumentException(name() + " refers to section " + section.name()
                    + ", which was deleted");
        }
        if (Section.isGeometryVariable(variable)) {
            return this::set;
        }
        return bindings.rangeSetter(section, x, variable);
    }

    private Segment segment() {
        return new Segment(section, x);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RangeRef r && r.section == section && r.x == x && r.variable.equals(variable);
    }

    @Override
    public int hashCode() {
        return (System.identityHashCode(section) * 31 + Double.hashCode(x)) * 31 + variable.hashCode();
    }

    @Override
    public String toString() {
        return name();
    }
}
