from neuron import h

def caghk_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("caghk")
    ic = h.IClamp(soma(0.5)); ic.delay = 3; ic.dur = 25; ic.amp = 0.2
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.caghk._ref_m, s.caghk._ref_h, s._ref_ica, s._ref_cai, s._ref_cao, s._ref_eca)
    h.finitialize(-65); h.batch_run(30, 0.1, out, 'GHK calcium current at 6.3 degC (cai, cao fixed)')
    return [soma, ic]
