from neuron import h

def kadt_34(out):
    h.celsius = 34
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("kadt")
    for seg in soma: seg.kadt.gbar = 0.02
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.5
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.kadt._ref_a, s.kadt._ref_b, s.kadt._ref_g, s._ref_ik)
    h.finitialize(-70); h.batch_run(40, 0.25, out, 'A-type K at 34 degC')
    h.celsius = 6.3
    return [soma, ic]
