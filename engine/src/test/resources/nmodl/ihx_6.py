from neuron import h

def ihx_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 30; soma.diam = 30; soma.insert("pas"); soma.insert("ihx")
    for seg in soma: seg.pas.g = 5e-5; seg.pas.e = -65; seg.ihx.gbar = 0.0005
    ic = h.IClamp(soma(0.5)); ic.delay = 2; ic.dur = 20; ic.amp = -0.15
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.ihx._ref_q, s.ihx._ref_ih, s.ihx._ref_qtau)
    h.finitialize(-65); h.batch_run(40, 0.25, out, 'Ih (NONSPECIFIC_CURRENT, own eh) sag and rebound at 6.3 degC')
    return [soma, ic]
