from neuron import h

def kadt_global(out):
    h.vshift_kadt = -10; h.q10_kadt = 2.5
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("kadt")
    for seg in soma: seg.kadt.gbar = 0.02
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.25
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.kadt._ref_a, s.kadt._ref_b, s._ref_ik, h._ref_ainf_kadt, h._ref_btau_kadt)
    h.finitialize(-70); h.batch_run(40, 0.25, out, 'GLOBALs vshift_kadt=-10 q10_kadt=2.5 (table rebuilt)')
    h.vshift_kadt = 0; h.q10_kadt = 3
    return [soma, ic]
