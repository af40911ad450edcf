# Engine-core reference cases run in real NEURON 8.2.2 (Debian python3-neuron):
# batch_run's corner cases, secondorder, usetable, reversed and mid-segment connections,
# nseg changes, several roots and per-segment geometry.
# Regenerate: /usr/bin/python3 gen.py cases_core .   (from this directory)
from neuron import h

def _hh_soma(amp=0.5, delay=0.3, dur=0.2):
    soma = h.Section(name="soma"); soma.L = 10; soma.diam = 10; soma.insert(h.hh)
    ic = h.IClamp(soma(0.5)); ic.delay = delay; ic.dur = dur; ic.amp = amp
    return soma, ic

def corner_tstep(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(0.5, 0.06, out, 'tstep not a multiple of dt')
    return [soma, ic]

def corner_dt01(out):
    h.dt = 0.1
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(1, 0.25, out, 'dt 0.1, tstep 0.25')
    h.dt = 0.025
    return [soma, ic]

def corner_tstop(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(0.25, 0.1, out, 'tstop not a multiple of tstep')
    return [soma, ic]

def corner_tstep0(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(0.2, 0, out, 'tstep 0: a line every step')
    return [soma, ic]

def corner_tstop_before_t(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65)
    for i in range(4): h.fadvance()
    h.batch_run(0.05, 0.1, out, 'tstop before t: header and one line')
    return [soma, ic]

def corner_second_run(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(0.2, 0.1, out, 'first')
    h.batch_run(0.6, 0.1, out, 'second batch_run without finitialize truncates the file')
    return [soma, ic]

def corner_empty_save(out):
    soma, ic = _hh_soma()
    h.batch_save()
    h.finitialize(-65); h.batch_run(0.1, 0.025, out, 'empty save list')
    return [soma, ic]

def corner_no_file(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(1, 0.1)
    h.batch_run(2, 0.1, out, 'after a run without a file: %d %s %g literal')
    return [soma, ic]

def corner_append_save(out):
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v); h.batch_save(soma(0.5).hh._ref_m)
    h.batch_save(soma(0.5)._ref_ina, ic._ref_i)
    h.finitialize(-65); h.batch_run(1, 0.1, out, 'batch_save appends')
    return [soma, ic]

def secondorder2(out):
    h.secondorder = 2
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, soma(0.5)._ref_ina, soma(0.5)._ref_ik, soma(0.5).hh._ref_m)
    h.finitialize(-65); h.batch_run(3, 0.1, out, 'secondorder 2')
    h.secondorder = 0
    return [soma, ic]

def secondorder1(out):
    h.secondorder = 1
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, soma(0.5)._ref_ina)
    h.finitialize(-65); h.batch_run(3, 0.1, out, 'secondorder 1')
    h.secondorder = 0
    return [soma, ic]

def usetable0(out):
    h.usetable_hh = 0
    soma, ic = _hh_soma()
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, soma(0.5).hh._ref_m)
    h.finitialize(-65); h.batch_run(3, 0.1, out, 'usetable_hh 0')
    h.usetable_hh = 1
    return [soma, ic]

def reversed_child(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.hh)
    dend = h.Section(name="dend"); dend.L = 150; dend.nseg = 3; dend.insert(h.pas)
    dend.connect(soma(1), 1)
    for seg, d in zip(dend, (1.0, 2.0, 3.0)): seg.diam = d
    ic = h.IClamp(dend(0.2)); ic.delay = 0.5; ic.dur = 1; ic.amp = 0.3
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, dend(0)._ref_v, dend(0.2)._ref_v, dend(0.5)._ref_v, dend(1)._ref_v)
    h.finitialize(-65); h.batch_run(5, 0.25, out, 'child attached by its 1 end, per-segment diam')
    return [soma, dend, ic]

def mid_attach(out):
    soma = h.Section(name="soma"); soma.L = 30; soma.diam = 10; soma.nseg = 4; soma.insert(h.hh)
    a = h.Section(name="a"); a.L = 100; a.diam = 1; a.nseg = 2; a.insert(h.pas); a.connect(soma(0.3))
    b = h.Section(name="b"); b.L = 50; b.diam = 0.5; b.insert(h.pas); b.connect(a(0))
    c = h.Section(name="c"); c.L = 60; c.diam = 0.7; c.nseg = 3; c.insert(h.hh); c.connect(soma(0.3))
    ic = h.IClamp(c(1)); ic.delay = 0.5; ic.dur = 2; ic.amp = 0.2
    h.batch_save(); h.batch_save(h._ref_t, soma(0.3)._ref_v, a(0.5)._ref_v, b(1)._ref_v, c(1)._ref_v, soma(0)._ref_v)
    h.finitialize(-65); h.batch_run(6, 0.25, out, 'children at 0.3, at a child 0 end, siblings at equal x')
    return [soma, a, b, c, ic]

def nseg_change(out):
    ax = h.Section(name="axon"); ax.L = 200; ax.diam = 2; ax.nseg = 3; ax.insert(h.hh)
    for seg, g in zip(ax, (0.10, 0.20, 0.30)): seg.hh.gnabar = g
    ic = h.IClamp(ax(0.5)); ic.delay = 0.5; ic.dur = 1; ic.amp = 0.4
    h.finitialize(-65)
    for i in range(10): h.fadvance()
    ax.nseg = 5
    h.batch_save(); h.batch_save(h._ref_t, ax(0.1)._ref_v, ax(0.5)._ref_v, ax(0.9)._ref_v, ax(0.3).hh._ref_gnabar, ax(0.7).hh._ref_gnabar)
    h.finitialize(-65); h.batch_run(5, 0.25, out, 'nseg 3 -> 5 keeps per-segment gnabar by position')
    return [ax, ic]

def two_roots(out):
    s1 = h.Section(name="s1"); s1.L = 10; s1.diam = 10; s1.insert(h.hh)
    s2 = h.Section(name="s2"); s2.L = 12; s2.diam = 8; s2.insert(h.pas)
    d2 = h.Section(name="d2"); d2.L = 40; d2.diam = 1; d2.nseg = 2; d2.insert(h.hh); d2.connect(s2(0.5))
    i1 = h.IClamp(s1(0.5)); i1.delay = 0.2; i1.dur = 0.5; i1.amp = 0.3
    i2 = h.IClamp(d2(1)); i2.delay = 0.1; i2.dur = 1; i2.amp = 0.1
    i3 = h.IClamp(s2(0)); i3.delay = 1; i3.dur = 1; i3.amp = -0.05
    h.batch_save(); h.batch_save(h._ref_t, s1(0.5)._ref_v, s2(0.5)._ref_v, d2(0.75)._ref_v, s2(0)._ref_v)
    h.finitialize(-70); h.batch_run(4, 0.2, out, 'two cells, clamps at end nodes')
    return [s1, s2, d2, i1, i2, i3]

def reinit_keep_v(out):
    soma, ic = _hh_soma(amp=0.1, delay=0, dur=1e9)
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, soma(0.5).hh._ref_n)
    h.finitialize(-65); h.batch_run(1, 0.5)
    h.finitialize()
    h.batch_run(2, 0.1, out, 'finitialize() without v keeps v')
    return [soma, ic]

def set_ena(out):
    soma, ic = _hh_soma()
    soma(0.5).ena = 45; soma(0.5).ek = -80; soma(0.5).hh.el = -60; soma(0.5).hh.gkbar = 0.03
    soma.cm = 1.5; soma.Ra = 80
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, soma(0.5)._ref_ina, soma(0.5)._ref_ik)
    h.finitialize(-65); h.batch_run(3, 0.1, out, 'ena, ek, el, gkbar and cm set')
    return [soma, ic]

CASES = [corner_tstep, corner_dt01, corner_tstop, corner_tstep0, corner_tstop_before_t, corner_second_run,
         corner_empty_save, corner_no_file, corner_append_save, secondorder2, secondorder1, usetable0,
         reversed_child, mid_attach, nseg_change, two_roots, reinit_keep_v, set_ena]
