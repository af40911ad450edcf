from neuron import h

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
