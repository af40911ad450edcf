"""Vector reference cases made with real NEURON 8.2.2.
Usage: /usr/bin/python3 vector_cases.py OUTFILE
Statistics (max, min, max_ind, min_ind, sum, mean, stdev, indwhere) of a few vectors; record with an
interval (Dt = 0.1 and 0.0375 at dt = 0.025) and at given times; play of an IClamp's amp at given
times and with an interval (discrete), and at given times with interpolation (continuous). A soma with hh and an IClamp runs through h.finitialize(-65)
and h.continuerun(5). Every number is written with %.17g. VectorCasesTest repeats it."""
import sys
from neuron import h
h.load_file("stdrun.hoc")

out = open(sys.argv[1], "w")


def g(x):
    return "%.17g" % x


STATS = {
    "ties": [3, 1, 3, -2, -2, 0.5],
    "tenth": [0.1, 0.2, 0.3, 0.4, 0.7, 1e-3, 123.456],
    "two": [1e16, 1],
    "neg": [-5.5, -5.5, -1e-300, -7.25],
    "one": [4.0],
}
for name, values in STATS.items():
    v = h.Vector(values)
    fields = [g(v.max()), g(v.min()), "%d" % v.max_ind(), "%d" % v.min_ind(), g(v.sum()), g(v.mean()),
              g(v.stdev()) if len(values) > 1 else "error"]
    out.write("stats %s %s\n" % (name, " ".join(fields)))
    for op in (">", "<", ">=", "<=", "==", "!="):
        for x in (values[0], 0.5, 3.0000000001, -5.5):
            out.write("indwhere %s %s %s %d\n" % (name, op, g(x), v.indwhere(op, x)))


def soma_cell():
    soma = h.Section(name="soma")
    soma.L = soma.diam = 12.6157
    soma.insert("hh")
    stim = h.IClamp(soma(0.5))
    stim.delay = 1
    stim.dur = 2
    stim.amp = 0.3
    return soma, stim


def write(case, vectors):
    for label, vec in vectors:
        out.write("%s %s n %d\n" % (case, label, len(vec)))
        for i in range(len(vec)):
            out.write("%s %s %d %s\n" % (case, label, i, g(vec[i])))


def run():
    h.dt = 0.025
    h.finitialize(-65)
    h.continuerun(5)


for Dt in (0.1, 0.0375):
    soma, stim = soma_cell()
    vt = h.Vector().record(h._ref_t, Dt)
    vv = h.Vector().record(soma(0.5)._ref_v, Dt)
    vi = h.Vector().record(stim._ref_i, Dt)
    run()
    write("recdt%s" % g(Dt), [("t", vt), ("v", vv), ("i", vi)])
    del soma, stim

soma, stim = soma_cell()
times = h.Vector([0, 0.0125, 0.5, 1.0, 1.01, 2.5, 2.5, 4.99, 5, 7])
vv = h.Vector().record(soma(0.5)._ref_v, times)
vt = h.Vector().record(h._ref_t, times)
run()
write("rectimes", [("t", vt), ("v", vv)])
del soma, stim

soma, stim = soma_cell()
stim.delay = 0
stim.dur = 1e9
tp = h.Vector([0, 0.5, 1.0125, 2.0, 2.0, 3.33])
ap = h.Vector([0.1, 0.5, -0.2, 0.0, 0.4, 0.05])
ap.play(stim._ref_amp, tp)
vt = h.Vector().record(h._ref_t)
vv = h.Vector().record(soma(0.5)._ref_v)
va = h.Vector().record(stim._ref_amp)
run()
write("playtimes", [("t", vt), ("v", vv), ("amp", va)])
del soma, stim

soma, stim = soma_cell()
stim.delay = 0
stim.dur = 1e9
ap = h.Vector([0.2, -0.1, 0.3, 0.0, 0.25])
ap.play(stim._ref_amp, 0.7)
vv = h.Vector().record(soma(0.5)._ref_v)
va = h.Vector().record(stim._ref_amp)
run()
write("playdt", [("v", vv), ("amp", va)])

soma, stim = soma_cell()
stim.delay = 0
stim.dur = 1e9
tp = h.Vector([0.3, 1.0, 1.7, 1.7, 2.4625, 4.0])
ap = h.Vector([0.0, 0.6, -0.1, 0.35, 0.2, 0.0])
ap.play(stim._ref_amp, tp, 1)
vt = h.Vector().record(h._ref_t)
vv = h.Vector().record(soma(0.5)._ref_v)
va = h.Vector().record(stim._ref_amp)
vi = h.Vector().record(stim._ref_i)
run()
write("playcont", [("t", vt), ("v", vv), ("amp", va), ("i", vi)])
del soma, stim

soma, stim = soma_cell()
gp = h.Vector([0.12, 0.05, 0.2, 0.12])
gt = h.Vector([0, 1.5, 2.5, 3.7])  # kept: NEURON drops a play whose time vector is freed
gp.play(soma(0.5)._ref_gnabar_hh, gt)
ep = h.Vector([-54.3, -40, -70])
et = h.Vector([0.5, 2.0125, 4.2])
ep.play(soma(0.5)._ref_el_hh, et, 1)
vv = h.Vector().record(soma(0.5)._ref_v)
vg = h.Vector().record(soma(0.5)._ref_gnabar_hh)
ve = h.Vector().record(soma(0.5)._ref_el_hh, 0.25)
run()
write("playrange", [("v", vv), ("gnabar", vg), ("el", ve)])
out.close()
