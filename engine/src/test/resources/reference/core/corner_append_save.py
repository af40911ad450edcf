from neuron import h

def corner_append_save(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v); h.batch_save(soma(0.5).hh._ref_m)
    h.batch_save(soma(0.5)._ref_ina, ic._ref_i)
    h.finitialize(-65); h.batch_run(1, 0.1, out, 'batch_save appends')
    return [soma, ic]
