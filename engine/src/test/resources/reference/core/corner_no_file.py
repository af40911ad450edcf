from neuron import h

def corner_no_file(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(1, 0.1)
    h.batch_run(2, 0.1, out, 'after a run without a file: %d %s %g literal')
    return [soma, ic]
