from neuron import h

def cabuf(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("canst"); soma.insert("cabuf")
    for seg in soma: seg.canst.gbar = 0.003
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.2
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s._ref_cai, s.cabuf._ref_B, s.cabuf._ref_CaB, s._ref_ica, s._ref_eca)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s._ref_cai, s.cabuf._ref_B)]
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'calcium shell with a buffer: nonlinear KINETIC, COMPARTMENT, fluxes, STEADYSTATE')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v cai B_cabuf\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    return [soma, ic, rec]
