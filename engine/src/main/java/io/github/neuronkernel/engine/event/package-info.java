/**
 * Discrete events with NEURON 8.2's delivery times and order: spike sources (threshold detectors
 * on a membrane potential, or artificial cells such as NetStim), NetCons that carry spikes to
 * targets after a delay, self-events, and the queue that orders them. See {@code DESIGN.md} beside
 * these sources for the queue's ordering rules and why they matter.
 */
package io.github.neuronkernel.engine.event;
