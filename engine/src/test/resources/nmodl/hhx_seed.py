from neuron import h

def hhx_seed(out):
    soma = h.Section(name="soma"); soma.L = 10; soma.diam = 10; soma.insert("hhx")
    ic = h.IClamp(soma(0.5)); ic.dur = 0.2; ic.delay = 0.3; ic.amp = 0.5
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(2, 0.1, out, 'My HH sim')
    return [soma, ic]
