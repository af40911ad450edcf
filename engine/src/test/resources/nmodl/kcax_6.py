from neuron import h

def kcax_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("canst"); soma.insert("capool")
    soma.insert("kcax")
    for seg in soma: seg.canst.gbar = 0.004; seg.kcax.gbar = 0.005
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.25
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.kcax._ref_o, s._ref_ik, s._ref_ica, s._ref_cai, s._ref_eca)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'Ca-activated K reading cai from the pool, 6.3 degC')
    return [soma, ic]
