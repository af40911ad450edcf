from neuron import h

def reversed_child(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.hh)
    dend = h.Section(name="dend"); dend.L = 150; dend.nseg = 3; dend.insert(h.pas)
    dend.connect(soma(1), 1)
    for seg, d in zip(dend, (1.0, 2.0, 3.0)): seg.diam = d
    ic = h.IClamp(dend(0.2)); ic.delay = 0.5; ic.dur = 1; ic.amp = 0.3
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, dend(0)._ref_v, dend(0.2)._ref_v, dend(0.5)._ref_v, dend(1)._ref_v)
    h.finitialize(-65); h.batch_run(5, 0.25, out, 'child attached by its 1 end, per-segment diam')
    return [soma, dend, ic]
