from neuron import h

def nseg_change(out):
    ax = h.Section(name="axon"); ax.L = 200; ax.diam = 2; ax.nseg = 3; ax.insert(h.hh)
    for seg, g in zip(ax, (0.10, 0.20, 0.30)): seg.hh.gnabar = g
    ic = h.IClamp(ax(0.5)); ic.delay = 0.5; ic.dur = 1; ic.amp = 0.4
    h.finitialize(-65)
    for i in range(10): h.fadvance()
    ax.nseg = 5
    h.batch_save(); h.batch_save(h._ref_t, ax(0.1)._ref_v, ax(0.5)._ref_v, ax(0.9)._ref_v, ax(0.3).hh._ref_gnabar, ax(0.7).hh._ref_gnabar)
    h.finitialize(-65); h.batch_run(5, 0.25, out, 'nseg 3 -> 5 keeps per-segment gnabar by position')
    return [ax, ic]
