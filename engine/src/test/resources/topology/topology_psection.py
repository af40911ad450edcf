# Prints NEURON 8.2.2's hoc topology() and psection() text for the model of model.TopologyTest.
# Regenerate:  cd engine/src/test/resources/topology && /usr/bin/python3 topology_psection.py > topology_psection.txt
# Output: "=== topology" then h.topology()'s text, then "=== psection NAME" and h.psection(sec=NAME)'s text per section.
from neuron import h

soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert(h.hh)
dend = h.Section(name="dend"); dend.L = 300; dend.nseg = 3; dend.Ra = 100; dend.insert(h.pas); dend.connect(soma(1))
for seg, d in zip(dend, (3, 2, 1)):
    seg.diam = d
axon = h.Section(name="axon"); axon.L = 500; axon.diam = 1.5; axon.nseg = 5; axon.insert(h.hh); axon.connect(soma(0))
mid = h.Section(name="mid"); mid.L = 50; mid.diam = 1; mid.nseg = 2; mid.connect(dend(0.5))
rev = h.Section(name="rev"); rev.L = 40; rev.diam = 0.5; rev.cm = 2; rev.connect(dend(1), 1)
tip = h.Section(name="tip"); tip.L = 10; tip.diam = 0.3; tip.connect(mid(1))
other = h.Section(name="other"); other.L = 12; other.diam = 8; other.nseg = 4; other.insert(h.pas)
for seg in other:
    seg.pas.g = 2e-4; seg.pas.e = -60
both = h.Section(name="both"); both.L = 30; both.diam = 3; both.insert(h.hh); both.insert(h.pas); both.connect(soma(1))
both2 = h.Section(name="both2"); both2.L = 30; both2.diam = 3; both2.nseg = 2; both2.insert(h.pas); both2.insert(h.hh)
both2.connect(soma(1))
soma(0.5).hh.gnabar = 0.25
ic = h.IClamp(soma(0.5)); ic.delay = 0.3; ic.dur = 0.2; ic.amp = 0.5
ic2 = h.IClamp(both2(0.9)); ic2.amp = 0.1

print("=== topology", flush=True)
h.topology()
for sec in (soma, dend, axon, mid, rev, tip, other, both, both2):
    print("=== psection " + sec.name(), flush=True)
    h.psection(sec=sec)
