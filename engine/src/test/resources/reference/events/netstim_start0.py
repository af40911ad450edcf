from neuron import h

def netstim_start0(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.pas)
    for seg in soma: seg.pas.g = 0.0002; seg.pas.e = -65
    s0 = h.ExpSyn(soma(0.5)); s0.tau = 0.5; s0.e = 0
    s1 = h.ExpSyn(soma(0.5)); s1.tau = 0.5; s1.e = 0
    s2 = h.ExpSyn(soma(0.5)); s2.tau = 0.5; s2.e = 0
    n0 = h.NetStim(); n0.start = 0; n0.interval = 0.3; n0.number = 3; n0.noise = 0
    nneg = h.NetStim(); nneg.start = -1; nneg.interval = 0.3; nneg.number = 3; nneg.noise = 0
    n01 = h.NetStim(); n01.start = 0.1; n01.interval = 0.3; n01.number = 3; n01.noise = 0
    c0 = h.NetCon(n0, s0); c0.delay = 0; c0.weight[0] = 0.001
    c1 = h.NetCon(nneg, s1); c1.delay = 0; c1.weight[0] = 0.001
    c2 = h.NetCon(n01, s2); c2.delay = 0; c2.weight[0] = 0.001
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, s0._ref_g, s1._ref_g, s2._ref_g)
    h.finitialize(-65); h.batch_run(3, 0.025, out, 'NetStim start 0, start -1, start 0.1')
    return [soma, s0, s1, s2, n0, nneg, n01, c0, c1, c2]
