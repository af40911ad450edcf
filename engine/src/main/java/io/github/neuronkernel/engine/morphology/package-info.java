/**
 * Reading neuron morphologies from SWC and Neurolucida ASCII files the way NEURON 8.2.2's Import3d
 * tool does, as plain data with no dependency on the rest of the engine.
 *
 * <p>SWC: {@link io.github.neuronkernel.engine.morphology.SwcReader} parses and validates an SWC
 * file into an {@link io.github.neuronkernel.engine.morphology.SwcFile}; {@link
 * io.github.neuronkernel.engine.morphology.Import3d} splits its points into unbranched sections
 * exactly like {@code Import3d_SWC_read}. Neurolucida ({@code .asc}): a lexer and a parser with
 * NEURON's grammar ({@code Import3d_Neurolucida3}) give the soma contours and tree sections, {@code
 * SomaContours} joins the trees to the somas and {@code ContourGeometry} turns contours into
 * points. Both end in Import3d's instantiate step ({@code Instantiate}), giving an immutable {@link
 * io.github.neuronkernel.engine.morphology.Morphology}: the sections in the order NEURON creates
 * them, their names, 3-D points, attachment positions and the order of the {@code connect} calls.
 * {@link io.github.neuronkernel.engine.morphology.Morphology#read(java.nio.file.Path)} and {@link
 * io.github.neuronkernel.engine.morphology.Morphology#readNeurolucida(java.nio.file.Path)} do all
 * the steps.
 *
 * <p>Lengths and diameters are in micrometres. Invalid input raises a {@link
 * io.github.neuronkernel.engine.morphology.MorphologyException} (an {@link
 * java.lang.IllegalArgumentException}) naming the file, the line (for .asc files also the column),
 * the bad value and what is allowed.
 */
package io.github.neuronkernel.engine.morphology;
