from neuron import h

def hhx_train(out):
    soma = h.Section(name="soma"); soma.L = 18.8; soma.diam = 18.8; soma.insert("hhx")
    ic = h.IClamp(soma(0.5)); ic.delay = 2; ic.dur = 100; ic.amp = 0.15
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.hhx._ref_m, s.hhx._ref_h, s.hhx._ref_n, s._ref_ina, s._ref_ik,
                                 s.hhx._ref_il, s.hhx._ref_gna, s.hhx._ref_gk)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s.hhx._ref_m, s.hhx._ref_h, s.hhx._ref_n, s._ref_ina)]
    h.finitialize(-65); h.batch_run(20, 0.1, out, 'hhx repetitive firing')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v m_hhx h_hhx n_hhx ina\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    return [soma, ic, rec]
