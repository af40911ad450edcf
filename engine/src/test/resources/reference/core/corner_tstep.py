from neuron import h

def corner_tstep(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(0.5, 0.06, out, 'tstep not a multiple of dt')
    return [soma, ic]
