from neuron import h

def two_roots(out):
    s1 = h.Section(name="s1"); s1.L = 10; s1.diam = 10; s1.insert(h.hh)
    s2 = h.Section(name="s2"); s2.L = 12; s2.diam = 8; s2.insert(h.pas)
    d2 = h.Section(name="d2"); d2.L = 40; d2.diam = 1; d2.nseg = 2; d2.insert(h.hh); d2.connect(s2(0.5))
    i1 = h.IClamp(s1(0.5)); i1.delay = 0.2; i1.dur = 0.5; i1.amp = 0.3
    i2 = h.IClamp(d2(1)); i2.delay = 0.1; i2.dur = 1; i2.amp = 0.1
    i3 = h.IClamp(s2(0)); i3.delay = 1; i3.dur = 1; i3.amp = -0.05
    h.batch_save(); h.batch_save(h._ref_t, s1(0.5)._ref_v, s2(0.5)._ref_v, d2(0.75)._ref_v, s2(0)._ref_v)
    h.finitialize(-70); h.batch_run(4, 0.2, out, 'two cells, clamps at end nodes')
    return [s1, s2, d2, i1, i2, i3]
