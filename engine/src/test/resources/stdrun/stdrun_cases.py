"""Standard-run reference cases (h.run, h.continuerun, setdt) made with real NEURON 8.2.2.
Usage: /usr/bin/python3 stdrun_cases.py OUTFILE
A ball and stick (soma with hh, a passive dendrite, a current pulse at the dendrite's end) is run
through stdrun in several ways; every Vector sample (t, soma(0.5).v, dend(0.9).v) is written with 17
digits, after a line giving the case, the sample count, the final t and dt. StandardRunTest repeats it."""
import sys
from neuron import h
h.load_file("stdrun.hoc")

out = open(sys.argv[1], "w")


def ball_and_stick(shape):
    soma = h.Section(name="soma"); soma.L = soma.diam = 12.6157; soma.insert("hh")
    dend = h.Section(name="dend"); dend.L = 200; dend.diam = 1; dend.nseg = 11; dend.insert("pas")
    for seg in dend:
        seg.pas.g = 0.001; seg.pas.e = -65
    dend.connect(soma(1))
    for s in (soma, dend):
        s.Ra = 100; s.cm = 1
    if shape:
        h.define_shape()
    stim = h.IClamp(dend(1)); stim.delay = 5; stim.dur = 1; stim.amp = 0.1
    return soma, dend, stim


def case(name, shape, setup, go):
    h.dt = 0.025; h.steps_per_ms = 40; h.tstop = 5; h.v_init = -65
    soma, dend, stim = ball_and_stick(shape)
    setup()
    t = h.Vector().record(h._ref_t); v = h.Vector().record(soma(0.5)._ref_v); w = h.Vector().record(dend(0.9)._ref_v)
    go()
    out.write("%s n %d t %.17g dt %.17g\n" % (name, len(t), h.t, h.dt))
    for i in range(len(t)):
        out.write("%s %d %.17g %.17g %.17g\n" % (name, i, t[i], v[i], w[i]))


def tstop(x):
    def f():
        h.tstop = x
    return f


case("run", False, tstop(25), h.run)
case("shaped", True, tstop(25), h.run)


def dt01():
    h.tstop = 10; h.dt = 0.01
case("dtfit", False, dt01, h.run)


def coarse():
    h.tstop = 10.05; h.steps_per_ms = 10
case("nstep4", False, coarse, h.run)


def vinit():
    h.tstop = 5; h.v_init = -70
def run_then_continue():
    h.run(); h.continuerun(12.3)
case("continue", False, vinit, run_then_continue)
