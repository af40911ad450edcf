from neuron import h

def seclamp(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.pas); soma.insert(h.hh)
    for seg in soma: seg.pas.g = 0.001; seg.pas.e = -70
    vc = h.SEClamp(soma(0.5)); vc.rs = 0.5
    vc.dur1 = 2; vc.amp1 = -65; vc.dur2 = 3; vc.amp2 = -20; vc.dur3 = 2; vc.amp3 = -80
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, vc._ref_i)
    h.finitialize(-65); h.batch_run(10, 0.1, out, 'SEClamp steps on pas+hh soma')
    return [soma, vc]
