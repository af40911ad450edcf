from neuron import h

def cascsyn(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh")
    syn = h.CascSyn(soma(0.5)); syn.tau1 = 0.8; syn.tau2 = 5; syn.e = 0
    ns = h.NetStim(); ns.start = 2; ns.interval = 6; ns.number = 5; ns.noise = 0
    nc = h.NetCon(ns, syn); nc.delay = 1; nc.weight[0] = 0.004
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, syn._ref_xmit, syn._ref_cond, syn._ref_g, syn._ref_i)
    h.finitialize(-65); h.batch_run(40, 0.25, out, 'CascSyn (NET_RECEIVE, two-stage cascade) driven by NetStim')
    return [soma, syn, ns, nc]
