from neuron import h

def mix_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20
    for m in ("ihx", "kcax", "capool", "caghk", "hh"): soma.insert(m)
    dend = h.Section(name="dend"); dend.L = 150; dend.diam = 2; dend.nseg = 3; dend.connect(soma(1))
    for m in ("pas", "canst", "capool", "kadt"): dend.insert(m)
    for seg in soma: seg.ihx.gbar = 0.0003; seg.kcax.gbar = 0.003; seg.caghk.pbar = 1e-4
    for seg in dend: seg.pas.g = 1e-4; seg.pas.e = -65; seg.kadt.gbar = 0.005
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.3
    s = soma(0.5); d = dend(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s._ref_cai, s._ref_ica, s._ref_ik, s._ref_ina, s.ihx._ref_ih, s.kcax._ref_o,
                                 s._ref_eca, d._ref_v, d._ref_cai, d._ref_eca, d._ref_ica)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'soma: hh caghk capool kcax ihx; dend: pas canst capool kadt; 6.3 degC')
    return [soma, dend, ic]
