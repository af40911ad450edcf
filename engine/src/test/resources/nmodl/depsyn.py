from neuron import h

def depsyn(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("pas")
    for seg in soma: seg.pas.g = 1e-4; seg.pas.e = -65
    syn = h.DepSyn(soma(0.5)); syn.tau = 4; syn.use = 0.5; syn.trec = 30
    fast = h.NetStim(); fast.start = 2; fast.interval = 4; fast.number = 8; fast.noise = 0
    slow = h.NetStim(); slow.start = 5; slow.interval = 15; slow.number = 3; slow.noise = 0
    nc1 = h.NetCon(fast, syn); nc1.delay = 1; nc1.weight[0] = 0.004
    nc2 = h.NetCon(slow, syn); nc2.delay = 0.5; nc2.weight[0] = 0.006
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, syn._ref_g, syn._ref_i)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'DepSyn: per-NetCon resources set by NET_RECEIVE INITIAL')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('netcon avail tlast\n')
        for k, nc in enumerate((nc1, nc2)): f.write('%d %.17g %.17g\n' % (k + 1, nc.weight[1], nc.weight[2]))
    return [soma, syn, fast, slow, nc1, nc2]
