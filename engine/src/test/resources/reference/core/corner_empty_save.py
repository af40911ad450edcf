from neuron import h

def corner_empty_save(out):
    soma, ic = _hh_soma()
    h.batch_save()
    h.finitialize(-65); h.batch_run(0.1, 0.025, out, 'empty save list')
    return [soma, ic]
