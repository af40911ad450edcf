from neuron import h

def corner_tstop(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(0.25, 0.1, out, 'tstop not a multiple of tstep')
    return [soma, ic]
