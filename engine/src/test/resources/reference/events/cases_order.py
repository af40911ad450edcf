# Equal-time event order in real NEURON 8.2.2, made visible: a NetStim used as a target is turned
# on by a positive-weight event and off by a negative-weight one; when both arrive at the same
# time, the one delivered last decides whether it spikes. Its spikes drive an ExpSyn.
# Regenerate: /usr/bin/python3 gen.py cases_order .
from neuron import h

def _gate(soma, start_on, delay_on, start_off, delay_off, start_c=None):
    syn = h.ExpSyn(soma(0.5)); syn.tau = 1; syn.e = 0
    gate = h.NetStim(); gate.start = -1; gate.interval = 0.5; gate.number = 100; gate.noise = 0
    out = h.NetCon(gate, syn); out.delay = 0; out.weight[0] = 0.001
    on = h.NetStim(); on.start = start_on; on.number = 1; on.noise = 0
    off = h.NetStim(); off.start = start_off; off.number = 1; off.noise = 0
    c_on = h.NetCon(on, gate); c_on.delay = delay_on; c_on.weight[0] = 1
    c_off = h.NetCon(off, gate); c_off.delay = delay_off; c_off.weight[0] = -1
    keep = [syn, gate, out, on, off, c_on, c_off]
    if start_c is not None:
        c = h.NetStim(); c.start = start_c; c.number = 1; c.noise = 0
        syn2 = h.ExpSyn(soma(0.5)); nc = h.NetCon(c, syn2); nc.delay = 0.5; nc.weight[0] = 0.0005
        keep += [c, syn2, nc]
    return syn, keep

def event_order(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.pas)
    # pair 1: on sent first (t=1), off second (t=2), both due at 5
    g1, k1 = _gate(soma, 1, 4, 2, 3)
    # pair 2: off sent first, on second, both due at 5
    g2, k2 = _gate(soma, 2, 3, 1, 4)
    # pair 3: like pair 1, and an earlier event (due 3) sent at 2.5 displaces the queue's least item
    g3, k3 = _gate(soma, 1, 4, 2, 3, start_c=2.5)
    # pair 4: like pair 2 with the displacing event
    g4, k4 = _gate(soma, 2, 3, 1, 4, start_c=2.5)
    h.batch_save(); h.batch_save(h._ref_t, g1._ref_g, g2._ref_g, g3._ref_g, g4._ref_g)
    h.finitialize(-65); h.batch_run(9, 0.25, out, 'equal-time on/off events at a NetStim')
    return [soma] + k1 + k2 + k3 + k4

def event_order_displaced(out):
    # Only one pair, and the earlier event comes from a threshold NetCon (no self-events): while
    # the 'on' event (due 5) is the queue's least item and 'off' (due 5) waits in the tree, a spike
    # queues an event due before 5, which pushes 'on' back into the tree behind 'off'.
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.pas)
    cell = h.Section(name="cell"); cell.L = 20; cell.diam = 20; cell.insert(h.hh)
    ic = h.IClamp(cell(0.5)); ic.delay = 2.2; ic.dur = 0.5; ic.amp = 1
    g, keep = _gate(soma, 1, 4, 2, 3)
    syn2 = h.ExpSyn(soma(0.5)); nc = h.NetCon(cell(0.5)._ref_v, syn2, sec=cell)
    nc.threshold = -20; nc.delay = 0.1; nc.weight[0] = 0.0005
    h.batch_save(); h.batch_save(h._ref_t, g._ref_g, syn2._ref_g, cell(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(9, 0.25, out, 'equal-time on/off after the least item is displaced')
    return [soma, cell, ic, syn2, nc] + keep

CASES = [event_order, event_order_displaced]
