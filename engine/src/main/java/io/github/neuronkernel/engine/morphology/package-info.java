/**
 * Reading neuron morphologies from SWC files the way NEURON 8.2.2's Import3d tool does, as plain
 * data with no dependency on the rest of the engine.
 *
 * <p>{@link io.github.neuronkernel.engine.morphology.SwcReader} parses and validates an SWC file
 * into an {@link io.github.neuronkernel.engine.morphology.SwcFile}; {@link
 * io.github.neuronkernel.engine.morphology.Import3d} splits its points into unbranched sections
 * exactly like {@code Import3d_SWC_read} plus {@code Import3d_GUI.instantiate}, giving an immutable
 * {@link io.github.neuronkernel.engine.morphology.Morphology}: the sections in the order NEURON
 * creates them, their names, 3-D points, attachment positions and the order of the {@code connect}
 * calls. {@link io.github.neuronkernel.engine.morphology.Morphology#read(java.nio.file.Path)} does
 * both steps.
 *
 * <p>Lengths and diameters are in micrometres. Invalid input raises a {@link
 * io.github.neuronkernel.engine.morphology.MorphologyException} (an {@link
 * java.lang.IllegalArgumentException}) naming the file, the line, the bad value and what is
 * allowed.
 */
package io.github.neuronkernel.engine.morphology;
