from neuron import h

def capool_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("canst"); soma.insert("capool")
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.2
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.canst._ref_m, s.canst._ref_h, s._ref_ica, s._ref_cai, s._ref_eca, s._ref_cao)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'Ca pool writing cai, T-type channel reading eca (Nernst), 6.3 degC')
    return [soma, ic]
