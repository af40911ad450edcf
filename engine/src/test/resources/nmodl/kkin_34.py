from neuron import h

def kkin_34(out):
    h.celsius = 34
    ax = h.Section(name="axon"); ax.L = 200; ax.diam = 4; ax.nseg = 5; ax.Ra = 120
    ax.insert("hh"); ax.insert("kkin")
    for seg in ax: seg.hh.gkbar = 0; seg.kkin.gbar = 0.036
    ic = h.IClamp(ax(0.1)); ic.delay = 2; ic.dur = 20; ic.amp = 1.5
    s = ax(0.5)
    h.batch_save(); h.batch_save(h._ref_t, ax(0.1)._ref_v, s._ref_v, ax(0.9)._ref_v, s.kkin._ref_C0, s.kkin._ref_C1,
                                 s.kkin._ref_C2, s.kkin._ref_O, s._ref_ik)
    h.finitialize(-65); h.batch_run(30, 0.1, out, 'kinetic-scheme K on a cable, 34 degC')
    h.celsius = 6.3
    return [ax, ic]
