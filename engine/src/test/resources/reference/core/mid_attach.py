from neuron import h

def mid_attach(out):
    soma = h.Section(name="soma"); soma.L = 30; soma.diam = 10; soma.nseg = 4; soma.insert(h.hh)
    a = h.Section(name="a"); a.L = 100; a.diam = 1; a.nseg = 2; a.insert(h.pas); a.connect(soma(0.3))
    b = h.Section(name="b"); b.L = 50; b.diam = 0.5; b.insert(h.pas); b.connect(a(0))
    c = h.Section(name="c"); c.L = 60; c.diam = 0.7; c.nseg = 3; c.insert(h.hh); c.connect(soma(0.3))
    ic = h.IClamp(c(1)); ic.delay = 0.5; ic.dur = 2; ic.amp = 0.2
    h.batch_save(); h.batch_save(h._ref_t, soma(0.3)._ref_v, a(0.5)._ref_v, b(1)._ref_v, c(1)._ref_v, soma(0)._ref_v)
    h.finitialize(-65); h.batch_run(6, 0.25, out, 'children at 0.3, at a child 0 end, siblings at equal x')
    return [soma, a, b, c, ic]
