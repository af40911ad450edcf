from neuron import h

def cascsyn_three(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh")
    dend = h.Section(name="dend"); dend.L = 100; dend.diam = 1.5; dend.nseg = 3; dend.insert("pas"); dend.connect(soma(1))
    s1 = h.CascSyn(soma(0.5)); s1.tau1 = 0.3; s1.tau2 = 3
    s2 = h.CascSyn(soma(0.5)); s2.tau1 = 2; s2.tau2 = 8; s2.e = -75
    s3 = h.CascSyn(dend(0.8)); s3.tau1 = 0.5; s3.tau2 = 4
    ns1 = h.NetStim(); ns1.start = 1; ns1.interval = 5; ns1.number = 6; ns1.noise = 0
    ns2 = h.NetStim(); ns2.start = 3.5; ns2.interval = 7; ns2.number = 4; ns2.noise = 0
    nc1 = h.NetCon(ns1, s1); nc1.delay = 0.5; nc1.weight[0] = 0.003
    nc2 = h.NetCon(ns2, s2); nc2.delay = 1; nc2.weight[0] = 0.004
    nc3 = h.NetCon(ns1, s3); nc3.delay = 2; nc3.weight[0] = 0.006
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, dend(0.8)._ref_v, s1._ref_g, s2._ref_g, s3._ref_g, s1._ref_i, s2._ref_i, s3._ref_i)
    # every step to 17 digits: the order in which the two soma synapses' currents are summed shows only in the last bits
    rec = [h.Vector().record(r) for r in (h._ref_t, soma(0.5)._ref_v, dend(0.8)._ref_v)]
    h.finitialize(-65); h.batch_run(35, 0.25, out, 'two CascSyn on one segment, a third on the dendrite')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t soma_v dend_v\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    return [soma, dend, s1, s2, s3, ns1, ns2, nc1, nc2, nc3, rec]
