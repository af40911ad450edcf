from neuron import h

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
