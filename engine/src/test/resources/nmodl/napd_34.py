from neuron import h

def napd_34(out):
    h.celsius = 34
    soma = h.Section(name="soma"); soma.L = 25; soma.diam = 25; soma.insert("pas"); soma.insert("napd"); soma.insert("hh")
    for seg in soma: seg.pas.g = 1e-4; seg.pas.e = -70; seg.napd.gbar = 0.0008; seg.hh.gl = 0
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 25; ic.amp = 0.6
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.napd._ref_m, s.napd._ref_h, s._ref_ina, s.napd._ref_mtau)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s.napd._ref_m, s.napd._ref_h, s._ref_ina)]
    h.finitialize(-70); h.batch_run(50, 0.25, out, 'persistent Na (derivimplicit) with hh at 34 degC')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v m_napd h_napd ina\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    h.celsius = 6.3
    return [soma, ic, rec]
