from neuron import h

def ifref(out):
    ns = h.NetStim(); ns.start = 1; ns.interval = 2; ns.number = 30; ns.noise = 0
    c1 = h.IFRef(); c1.tau = 8; c1.refrac = 4; c1.kick = 0.45; c1.kickdel = 6
    c2 = h.IFRef(); c2.tau = 15; c2.refrac = 3; c2.kick = 0.2; c2.kickdel = 5
    nc1 = h.NetCon(ns, c1); nc1.delay = 0.5; nc1.weight[0] = 0.4
    nc2 = h.NetCon(c1, c2); nc2.delay = 1.5; nc2.weight[0] = 0.7
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh")
    syn = h.CascSyn(soma(0.5)); syn.tau1 = 0.5; syn.tau2 = 3
    nc3 = h.NetCon(c2, syn); nc3.delay = 1; nc3.weight[0] = 0.01
    sp1 = h.Vector(); sp2 = h.Vector()
    r1 = h.NetCon(c1, None); r1.record(sp1)
    r2 = h.NetCon(c2, None); r2.record(sp2)
    h.batch_save(); h.batch_save(h._ref_t, c1._ref_m, c2._ref_m, c1._ref_nspike, c2._ref_nspike, soma(0.5)._ref_v, syn._ref_g)
    h.finitialize(-65); h.batch_run(60, 0.5, out, 'IFRef (net_send flags 1 and 2) -> IFRef -> CascSyn on an hh soma')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('cell spike_time\n')
        for x in sp1: f.write('1 %.17g\n' % x)
        for x in sp2: f.write('2 %.17g\n' % x)
    return [ns, c1, c2, nc1, nc2, soma, syn, nc3, sp1, sp2, r1, r2]
