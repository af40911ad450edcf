/**
 * The mechanism contract and the catalogue of mechanisms by name.
 *
 * <p>Every mechanism, density or point process, follows NEURON's lifecycle, called by the stepper
 * for all mechanisms in increasing {@link io.github.neuronkernel.engine.mechanism.Mechanism#order()}
 * (NEURON's type number):
 *
 * <ol>
 *   <li>{@code initialize} (INITIAL, at finitialize, after v is set);
 *   <li>{@code current} (BREAKPOINT via {@code nrn_cur}: add the current to rhs and keep the
 *       finite-difference conductance), with {@code t} at the step's midpoint;
 *   <li>{@code jacobian} (add the kept conductance to the diagonal);
 *   <li>{@code state} (SOLVE, with the new v and the full dt).
 * </ol>
 *
 * A new mechanism is one class; nothing else in the engine changes.
 */
package io.github.neuronkernel.engine.mechanism;
