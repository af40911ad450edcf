from neuron import h

def napd_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 25; soma.diam = 25; soma.insert("pas"); soma.insert("napd")
    for seg in soma: seg.pas.g = 1e-4; seg.pas.e = -70; seg.napd.gbar = 0.0008
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 25; ic.amp = 0.15
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.napd._ref_m, s.napd._ref_h, s._ref_ina, s.napd._ref_mtau)
    h.finitialize(-70); h.batch_run(50, 0.25, out, 'persistent Na by derivimplicit at 6.3 degC')
    return [soma, ic]
