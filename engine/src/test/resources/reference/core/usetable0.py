from neuron import h

def usetable0(out):
    h.usetable_hh = 0
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, soma(0.5).hh._ref_m)
    h.finitialize(-65); h.batch_run(3, 0.1, out, 'usetable_hh 0')
    h.usetable_hh = 1
    return [soma, ic]
