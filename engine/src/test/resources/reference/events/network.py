from neuron import h

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
