from neuron import h

def corner_tstop_before_t(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65)
    for i in range(4): h.fadvance()
    h.batch_run(0.05, 0.1, out, 'tstop before t: header and one line')
    return [soma, ic]
