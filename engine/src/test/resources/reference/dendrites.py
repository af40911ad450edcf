from neuron import h

def dendrites(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.hh)
    dends = []
    for i in range(11):
        d = h.Section(name="d%d" % i); d.L = 100 + 15 * i; d.diam = 0.6 + 0.25 * i; d.nseg = 5
        d.Ra = 80 + 10 * i; d.insert(h.hh if i % 4 == 3 else h.pas)
        d.connect(dends[2](0.6) if i == 9 else soma(1 if i % 2 else 0))
        dends.append(d)
    ic = h.IClamp(dends[5](1)); ic.delay = 0.5; ic.dur = 2; ic.amp = 0.3
    ic2 = h.IClamp(soma(0.5)); ic2.delay = 1; ic2.dur = 1; ic2.amp = 1
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    for d in dends: h.batch_save(d(0.1)._ref_v, d(1)._ref_v)
    h.finitialize(-65); h.batch_run(6, 0.1, out, 'equal dendrites in lockstep')
    return [soma, dends, ic, ic2]
