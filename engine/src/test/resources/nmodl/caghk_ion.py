from neuron import h

def caghk_ion(out):
    h.cao0_ca_ion = 3; h.cai0_ca_ion = 1e-4
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("caghk")
    for seg in soma: seg.caghk.pbar = 4e-4
    dend = h.Section(name="dend"); dend.L = 50; dend.diam = 3; dend.nseg = 2; dend.connect(soma(1))
    dend.insert("pas"); dend.insert("caghk"); dend.insert("capool")
    ic = h.IClamp(soma(0.5)); ic.delay = 3; ic.dur = 25; ic.amp = 0.2
    s = soma(0.5); d = dend(0.75)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s._ref_ica, s._ref_cai, s._ref_cao, s._ref_eca,
                                 d._ref_v, d._ref_ica, d._ref_cai, d._ref_cao, d._ref_eca)
    h.finitialize(-65); h.batch_run(30, 0.1, out, 'cao0_ca_ion=3 cai0_ca_ion=1e-4; soma reads cai/cao only, dend has a pool writing cai')
    h.cao0_ca_ion = 2; h.cai0_ca_ion = 5e-5
    return [soma, dend, ic]
