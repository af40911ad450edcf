from neuron import h

def secondorder2(out):
    h.secondorder = 2
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, soma(0.5)._ref_ina, soma(0.5)._ref_ik, soma(0.5).hh._ref_m)
    h.finitialize(-65); h.batch_run(3, 0.1, out, 'secondorder 2')
    h.secondorder = 0
    return [soma, ic]
