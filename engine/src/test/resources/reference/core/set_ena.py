from neuron import h

def set_ena(out):
    soma, ic = _hh_soma()
    soma(0.5).ena = 45; soma(0.5).ek = -80; soma(0.5).hh.el = -60; soma(0.5).hh.gkbar = 0.03
    soma.cm = 1.5; soma.Ra = 80
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, soma(0.5)._ref_ina, soma(0.5)._ref_ik)
    h.finitialize(-65); h.batch_run(3, 0.1, out, 'ena, ek, el, gkbar and cm set')
    return [soma, ic]
