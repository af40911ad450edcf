from neuron import h

def corner_tstep0(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(0.2, 0, out, 'tstep 0: a line every step')
    return [soma, ic]
