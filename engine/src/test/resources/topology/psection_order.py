# How NEURON 8.2.2 orders psection's "insert" lines (not compared by a test; evidence for the
# disabled psection tests of model.TopologyTest). Output: psection_order.txt
# Regenerate:  cd engine/src/test/resources/topology && /usr/bin/python3 psection_order.py > psection_order.txt
from neuron import h
a = h.Section(name="a")                                   # nseg never changed
b = h.Section(name="b"); b.nseg = 2                       # nseg changed
c = h.Section(name="c"); c.nseg = 2; c.nseg = 1           # changed and back to 1
d = h.Section(name="d"); d.nseg = 1                       # set to its current value
e = h.Section(name="e"); e.insert(h.pas); e.nseg = 3      # a mechanism, then nseg changed
f = h.Section(name="f"); f.nseg = 3; f.insert(h.pas); f.insert(h.hh); f.nseg = 5
g = h.Section(name="g"); g.insert(h.hh); g.insert(h.pas)  # insertion order hh, pas
for s in (a, b, c, d, e, f, g):
    h.psection(sec=s)
