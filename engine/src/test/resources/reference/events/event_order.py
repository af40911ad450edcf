from neuron import h

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
