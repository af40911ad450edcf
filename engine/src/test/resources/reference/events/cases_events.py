# Event-system reference cases run in real NEURON 8.2.2 (Debian). Each function builds a model,
# sets batch_save, calls finitialize and batch_run to OUT/<name>.dat.
# Regenerate: cd THIS_DIR && /usr/bin/python3 gen.py cases_events .
from neuron import h

def exp2syn(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.hh)
    syn = h.Exp2Syn(soma(0.5)); syn.tau1 = 0.5; syn.tau2 = 3; syn.e = 0
    ns = h.NetStim(); ns.start = 2; ns.interval = 7; ns.number = 4; ns.noise = 0
    nc = h.NetCon(ns, syn); nc.delay = 1; nc.weight[0] = 0.004
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, syn._ref_g, syn._ref_i)
    h.finitialize(-65); h.batch_run(40, 0.25, out, 'Exp2Syn driven by NetStim')
    return [soma, syn, ns, nc]

def seclamp(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.pas); soma.insert(h.hh)
    for seg in soma: seg.pas.g = 0.001; seg.pas.e = -70
    vc = h.SEClamp(soma(0.5)); vc.rs = 0.5
    vc.dur1 = 2; vc.amp1 = -65; vc.dur2 = 3; vc.amp2 = -20; vc.dur3 = 2; vc.amp3 = -80
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, vc._ref_i)
    h.finitialize(-65); h.batch_run(10, 0.1, out, 'SEClamp steps on pas+hh soma')
    return [soma, vc]

def two_cell(out):
    a = h.Section(name="A"); a.L = 20; a.diam = 20; a.insert(h.hh)
    b = h.Section(name="B"); b.L = 20; b.diam = 20; b.insert(h.hh)
    ic = h.IClamp(a(0.5)); ic.delay = 1; ic.dur = 1; ic.amp = 0.5
    syn = h.ExpSyn(b(0.5)); syn.tau = 2; syn.e = 0
    nc = h.NetCon(a(0.5)._ref_v, syn, sec=a); nc.threshold = -20; nc.delay = 2; nc.weight[0] = 0.01
    spikes = h.Vector(); nc.record(spikes)
    h.batch_save(); h.batch_save(h._ref_t, a(0.5)._ref_v, b(0.5)._ref_v, syn._ref_g)
    h.finitialize(-65); h.batch_run(20, 0.1, out, 'cell A drives cell B through a threshold NetCon')
    print('two_cell A spike times:', repr(list(spikes)))
    return [a, b, ic, syn, nc, spikes]

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

def network(out):
    import os
    here = os.path.dirname(os.path.abspath(out))
    cells, syns, ncs = [], [], []
    for i in range(100):
        s = h.Section(name="cell%d" % i); s.L = 20; s.diam = 20; s.insert(h.hh)
        syn = h.ExpSyn(s(0.5)); syn.tau = 2; syn.e = 0
        cells.append(s); syns.append(syn)
    with open(os.path.join(here, "network_connections.tsv")) as f:
        next(f)
        for line in f:
            i, j, d = line.split("\t")
            nc = h.NetCon(cells[int(i)](0.5)._ref_v, syns[int(j)], sec=cells[int(i)])
            nc.threshold = -20; nc.delay = float(d); nc.weight[0] = 0.002
            ncs.append(nc)
    stims = []
    for i in range(10):
        ns = h.NetStim(); ns.interval = 20; ns.number = 1e9; ns.start = 5 + i; ns.noise = 0
        nc = h.NetCon(ns, syns[i]); nc.delay = 1; nc.weight[0] = 0.01
        stims.append((ns, nc))
    h.batch_save(); h.batch_save(h._ref_t, cells[0](0.5)._ref_v, cells[17](0.5)._ref_v, cells[50](0.5)._ref_v,
                                 cells[99](0.5)._ref_v, syns[0]._ref_g, syns[50]._ref_g)
    h.finitialize(-65); h.batch_run(200, 0.5, out, '100-cell network (bench/neuron_models.py), 200 ms')
    return [cells, syns, ncs, stims]

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

CASES = [exp2syn, seclamp, two_cell, same_time, step_boundary, network, netstim_start0]
