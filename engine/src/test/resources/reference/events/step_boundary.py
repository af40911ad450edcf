from neuron import h

def step_boundary(out):
    # events whose te is exactly a step boundary (0.5, 1.0, 1.5) or a half step (te = 0.5125)
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.pas)
    for seg in soma: seg.pas.g = 0.0002; seg.pas.e = -65
    s0 = h.ExpSyn(soma(0.5)); s0.tau = 1; s0.e = 0
    s1 = h.ExpSyn(soma(0.5)); s1.tau = 1; s1.e = 0
    s2 = h.ExpSyn(soma(0.5)); s2.tau = 1; s2.e = 0
    ns = h.NetStim(); ns.start = 0.5; ns.interval = 0.5; ns.number = 2; ns.noise = 0
    c0 = h.NetCon(ns, s0); c0.delay = 0; c0.weight[0] = 0.001
    c1 = h.NetCon(ns, s1); c1.delay = 0.5; c1.weight[0] = 0.001
    c2 = h.NetCon(ns, s2); c2.delay = 0.0125; c2.weight[0] = 0.001
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, s0._ref_g, s1._ref_g, s2._ref_g)
    h.finitialize(-65); h.batch_run(2, 0.025, out, 'events landing on step boundaries')
    return [soma, s0, s1, s2, ns, c0, c1, c2]
