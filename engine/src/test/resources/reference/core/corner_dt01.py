from neuron import h

def corner_dt01(out):
    h.dt = 0.1
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(1, 0.25, out, 'dt 0.1, tstep 0.25')
    h.dt = 0.025
    return [soma, ic]
