from neuron import h

def same_time(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.hh)
    s1 = h.ExpSyn(soma(0.5)); s1.tau = 2; s1.e = 0
    s2 = h.ExpSyn(soma(0.5)); s2.tau = 5; s2.e = -80
    n1 = h.NetStim(); n1.start = 2; n1.interval = 6; n1.number = 4; n1.noise = 0
    n2 = h.NetStim(); n2.start = 2; n2.interval = 6; n2.number = 4; n2.noise = 0
    c1 = h.NetCon(n1, s1); c1.delay = 1; c1.weight[0] = 0.003
    c2 = h.NetCon(n2, s1); c2.delay = 1; c2.weight[0] = 0.002
    c3 = h.NetCon(n1, s1); c3.delay = 1; c3.weight[0] = 0.0007
    c4 = h.NetCon(n1, s2); c4.delay = 1; c4.weight[0] = 0.001
    c5 = h.NetCon(n2, s2); c5.delay = 1; c5.weight[0] = 0.0015
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, s1._ref_g, s2._ref_g, s1._ref_i, s2._ref_i)
    h.finitialize(-65); h.batch_run(30, 0.1, out, 'simultaneous events on one and two ExpSyns')
    return [soma, s1, s2, n1, n2, c1, c2, c3, c4, c5]
