"""RangeVarPlot (space plot) reference cases, made with real NEURON 8.2.2.
Usage: /usr/bin/python3 rangevarplot_cases.py OUTFILE
For each case, after a short standard run, writes every (x, value) pair of rvp.to_vector(y, x) at
17 digits. RangeVarPlotReferenceTest builds the same models and expects the same lines."""
import sys
from neuron import h

h.load_file("stdrun.hoc")
out = open(sys.argv[1], "w")


def case(name, var, begin, end):
    rvp = h.RangeVarPlot(var, begin, end)
    xs = h.Vector()
    ys = h.Vector()
    rvp.to_vector(ys, xs)
    for i in range(len(xs)):
        out.write("%s %d %.17g %.17g\n" % (name, i, xs[i], ys[i]))


# ball and stick: soma with hh, a dendrite of 101 segments with pas at soma(1), a current pulse
soma = h.Section(name="soma"); soma.L = soma.diam = 12.6157; soma.nseg = 1; soma.insert("hh")
dend = h.Section(name="dend"); dend.L = 200; dend.diam = 1; dend.nseg = 101; dend.insert("pas")
dend.connect(soma(1))
stim = h.IClamp(soma(0.5)); stim.delay = 0.5; stim.dur = 1; stim.amp = 0.3
h.tstop = 3
h.run()
case("bs_soma_dend", "v", soma(0.5), dend(1))
case("bs_dend_soma", "v", dend(1), soma(0))
case("bs_within", "v", dend(0.3), dend(0.7))
case("bs_within_back", "v", dend(0.7), dend(0.3))
case("bs_m_hh", "m_hh", soma(0), dend(0.05))
case("bs_point", "v", dend(0.5), dend(0.5))
del stim, soma, dend

# a branched cell: three dendrites at soma(1), one at soma(0.5), one attached by its 1 end,
# a child of that one at its 0 end, an axon at soma(0); hh in soma, dend1 and axon only
soma = h.Section(name="soma"); soma.L = soma.diam = 12.6157; soma.nseg = 3
dends = []
for k in range(3):
    d = h.Section(name="dend%d" % k); d.L = 200 + 10 * k; d.diam = 1 + 0.25 * k; d.nseg = 5 + 2 * k
    d.connect(soma(1)); d.insert("pas"); dends.append(d)
mid = h.Section(name="mid"); mid.L = 80; mid.diam = 0.7; mid.nseg = 3; mid.connect(soma(0.5))
rev = h.Section(name="rev"); rev.L = 40; rev.diam = 0.5; rev.nseg = 2; rev.connect(dends[0](0.7), 1)
tip = h.Section(name="tip"); tip.L = 30; tip.diam = 0.4; tip.nseg = 2; tip.connect(rev(0))
axon = h.Section(name="axon"); axon.L = 300; axon.diam = 1.5; axon.nseg = 9; axon.connect(soma(0))
for s in (soma, dends[1], axon):
    s.insert("hh")
stim = h.IClamp(soma(0.5)); stim.delay = 0.2; stim.dur = 1; stim.amp = 0.5
h.tstop = 2
h.run()
case("tree_d1_d2", "v", dends[1](0.9), dends[2](0.2))
case("tree_tip_axon", "v", tip(1), axon(1))
case("tree_axon_mid", "v", axon(0.5), mid(1))
case("tree_rev_d0", "v", rev(0.25), dends[0](0.1))
case("tree_tip_d0", "v", tip(0.75), dends[0](1))
case("tree_m_hh", "m_hh", axon(1), dends[2](1))
case("tree_m_hh_d1", "m_hh", dends[1](1), dends[2](0.5))
case("tree_diam", "diam", tip(1), axon(0.5))
