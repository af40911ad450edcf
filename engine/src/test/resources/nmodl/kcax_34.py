from neuron import h

def kcax_34(out):
    h.celsius = 34
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("canst"); soma.insert("capool")
    soma.insert("kcax")
    for seg in soma: seg.canst.gbar = 0.004; seg.kcax.gbar = 0.005
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.6
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.kcax._ref_o, s._ref_ik, s._ref_ica, s._ref_cai, s._ref_eca)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'Ca-activated K at 34 degC')
    h.celsius = 6.3
    return [soma, ic]
