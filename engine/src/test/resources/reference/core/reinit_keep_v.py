from neuron import h

def reinit_keep_v(out):
    soma, ic = _hh_soma(amp=0.1, delay=0, dur=1e9)
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, soma(0.5).hh._ref_n)
    h.finitialize(-65); h.batch_run(1, 0.5)
    h.finitialize()
    h.batch_run(2, 0.1, out, 'finitialize() without v keeps v')
    return [soma, ic]
