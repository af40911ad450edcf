package io.github.neuronkernel.engine.mechanism;

import io.github.neuronkernel.engine.model.Bindings;
import io.github.neuronkernel.engine.model.Probe;
import io.github.neuronkernel.engine.model.Ref;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A reference to a public double field of a point process or built-in cell (its {@code i}, its
 * {@code m}), for batchSave, Vector.record and play. Not API: get one from the object's {@code ref}.
 */
public final class FieldRef implements Ref {
    private final Object owner;
    private final VarHandle handle;
    private final String name;
    private final String unit;

    FieldRef(Object owner, VarHandle handle, String name, String unit) {
        this.owner = owner;
        this.handle = handle;
        this.name = name;
        this.unit = unit;
    }

    /**
     * @param owner the object whose field it is
     * @param field the field's name
     * @param variables the names to list if there is no such field
     * @throws IllegalArgumentException naming the variables there are, if there is no such field
     */
    public static Ref of(Object owner, String field, String variables) {
        try {
            VarHandle h = MethodHandles.publicLookup().findVarHandle(owner.getClass(), field, double.class);
            Unit u = owner.getClass().getField(field).getAnnotation(Unit.class);
            return new FieldRef(owner, h, owner + "." + field, u == null ? "" : u.value());
        } catch (NoSuchFieldException | IllegalAccessException | NullPointerException e) {
            throw new IllegalArgumentException(owner.getClass().getSimpleName() + " has no variable \"" + field
                    + "\"; its variables are " + variables, e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public double get() {
        return (double) handle.get(owner);
    }

    @Override
    public void set(double value) {
        handle.set(owner, value);
    }

    @Override
    public Probe bind(Bindings bindings) {
        return this::get;
    }

    @Override
    public String toString() {
        return name;
    }
}
