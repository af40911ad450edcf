from neuron import h

def casyn(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("pas"); soma.insert("capool")
    for seg in soma: seg.pas.g = 1e-4; seg.pas.e = -65; seg.capool.taur = 80
    syn = h.CaSyn(soma(0.5)); syn.tau = 8; syn.pca = 0.2
    syn2 = h.CaSyn(soma(0.5)); syn2.tau = 3; syn2.pca = 0.05; syn2.e = -10
    ns = h.NetStim(); ns.start = 2; ns.interval = 7; ns.number = 5; ns.noise = 0
    nc = h.NetCon(ns, syn); nc.delay = 1; nc.weight[0] = 0.003
    nc2 = h.NetCon(ns, syn2); nc2.delay = 2; nc2.weight[0] = 0.002
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, syn._ref_g, syn._ref_i, s._ref_ica, s._ref_cai, s._ref_eca)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s._ref_cai, s._ref_eca)]
    h.finitialize(-65); h.batch_run(40, 0.25, out, 'two CaSyn (USEION ca WRITE ica in a point process) filling a pool')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v cai eca\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    return [soma, syn, syn2, ns, nc, nc2, rec]
