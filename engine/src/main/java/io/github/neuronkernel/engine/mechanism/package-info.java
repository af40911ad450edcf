/**
 * The mechanism contract and the catalogue of mechanisms by name.
 *
 * <p>Every mechanism, density or point process, follows NEURON's lifecycle, called by the stepper
 * for all mechanisms in increasing {@link io.github.neuronkernel.engine.mechanism.Mechanism#order()}
 * (NEURON's type number):
 *
 * <ol>
 *   <li>{@code initialize} (INITIAL, at finitialize, after v is set);
 *   <li>{@code current} (BREAKPOINT via {@code nrn_cur}: add the current to rhs and the
 *       finite-difference conductance to the diagonal), with {@code t} at the step's midpoint;
 *   <li>{@code state} (SOLVE, with the new v and the full dt).
 * </ol>
 *
 * {@code current} and {@code state} take a range of instances: the stepper may split a mechanism's
 * instances by node between two threads, so an instance may touch only its own values and its own
 * node. A point process keeps separate {@code current} and {@code jacobian} methods, which its group
 * calls one after the other.
 *
 * <p>Users hold point processes and artificial cells, so these keep their lifecycle, NET_RECEIVE
 * and checks protected: completion after {@code stim.} and {@code getMethods()} show the user's API
 * only. The stepper reaches them through {@link io.github.neuronkernel.engine.mechanism.PointProcessGroup},
 * the other engine packages through {@link io.github.neuronkernel.engine.mechanism.PointProcessInternals},
 * and the event system through an {@link io.github.neuronkernel.engine.event.EventTarget} each
 * makes for it.
 *
 * <p>Every variable is described once ({@link io.github.neuronkernel.engine.mechanism.Variable}: unit,
 * default, range, meaning); {@code h.help}, {@code docs/mechanisms.md} and the range checks read it.
 *
 * <p>A new mechanism is one class; nothing else in the engine changes.
 */
package io.github.neuronkernel.engine.mechanism;
