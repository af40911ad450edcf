from neuron import h

def corner_second_run(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(0.2, 0.1, out, 'first')
    h.batch_run(0.6, 0.1, out, 'second batch_run without finitialize truncates the file')
    return [soma, ic]
