from neuron import h

def vwatch(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh")
    ic = h.IClamp(soma(0.5)); ic.delay = 2; ic.dur = 40; ic.amp = 0.15
    det = h.VWatch(soma(0.5)); det.thresh = -10
    det2 = h.VWatch(soma(0.5)); det2.thresh = 0
    spikes = h.Vector(); nc = h.NetCon(det, None); nc.record(spikes)
    syn = h.CascSyn(soma(0.5)); syn.tau1 = 0.5; syn.tau2 = 2; syn.e = -80
    inh = h.NetCon(det2, syn); inh.delay = 2; inh.weight[0] = 0.002
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, det._ref_n, det._ref_tlast, det2._ref_n, syn._ref_g)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'VWatch (WATCH with hysteresis) detecting spikes, one inhibiting back')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('spike_time\n')
        for x in spikes: f.write('%.17g\n' % x)
    return [soma, ic, det, det2, spikes, nc, syn, inh]
