from neuron import h

def kkin_6(out):
    h.celsius = 6.3
    ax = h.Section(name="axon"); ax.L = 200; ax.diam = 4; ax.nseg = 5; ax.Ra = 120
    ax.insert("hh"); ax.insert("kkin")
    for seg in ax: seg.hh.gkbar = 0; seg.kkin.gbar = 0.036
    ic = h.IClamp(ax(0.1)); ic.delay = 2; ic.dur = 20; ic.amp = 0.4
    s = ax(0.5)
    h.batch_save(); h.batch_save(h._ref_t, ax(0.1)._ref_v, s._ref_v, ax(0.9)._ref_v, s.kkin._ref_C0, s.kkin._ref_C1,
                                 s.kkin._ref_C2, s.kkin._ref_O, s._ref_ik)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s.kkin._ref_C0, s.kkin._ref_O, s._ref_ik)]
    h.finitialize(-65); h.batch_run(30, 0.1, out, 'kinetic-scheme K (sparse, CONSERVE) on a 5-segment cable, 6.3 degC')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v C0_kkin O_kkin ik\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    return [ax, ic, rec]
