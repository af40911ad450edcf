from neuron import h

def capool_34(out):
    h.celsius = 34
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("canst"); soma.insert("capool")
    for seg in soma: seg.capool.taur = 50
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.6
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.canst._ref_m, s.canst._ref_h, s._ref_ica, s._ref_cai, s._ref_eca, s._ref_cao)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s._ref_cai, s._ref_eca, s._ref_ica)]
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'Ca pool and Nernst eca at 34 degC')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v cai eca ica\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    h.celsius = 6.3
    return [soma, ic, rec]
