from neuron import h

def secondorder1(out):
    h.secondorder = 1
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, soma(0.5)._ref_ina)
    h.finitialize(-65); h.batch_run(3, 0.1, out, 'secondorder 1')
    h.secondorder = 0
    return [soma, ic]
