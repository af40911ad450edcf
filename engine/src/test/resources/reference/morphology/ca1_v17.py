"""Full-precision reference for the CA1 benchmark model (bench/neuron_ca1.py), made with real NEURON 8.2.2.

Usage: /usr/bin/python3 ca1_v17.py OUTFILE
The batch files print six digits, too few to see a sum taken in another order; this writes every
segment's v with 17 significant digits at t = 10, 50 and 100 ms (dt 0.025, fadvance from
finitialize(-65)), one line per segment: t, section, x, v. The model: c91662.swc through Import3d,
Ra 100, cm 1, nseg by the d_lambda rule (0.1 at 100 Hz from the 3-D points), hh in soma and axon,
pas (g 5e-5, e -65) elsewhere, IClamp at soma[0](0.5): delay 5 ms, dur 80 ms, amp 0.8 nA.
"""
import os, sys
from neuron import h

HERE = os.path.dirname(os.path.abspath(__file__))
SWC = os.path.join(HERE, "..", "..", "morphology", "c91662.swc")



h.load_file("stdlib.hoc")
h.load_file("import3d.hoc")
r = h.Import3d_SWC_read()
r.input(SWC)
h.Import3d_GUI(r, 0).instantiate(None)
secs = list(h.allsec())
for s in secs:
    s.Ra = 100
    s.cm = 1
    s.nseg = int((s.L / (0.1 * h.lambda_f(100, sec=s)) + 0.9) / 2) * 2 + 1
    if s.name().startswith(("soma", "axon")):
        s.insert("hh")
    else:
        s.insert("pas")
        s.g_pas = 5e-5
        s.e_pas = -65
ic = h.IClamp(h.soma[0](0.5))
ic.delay = 5
ic.dur = 80
ic.amp = 0.8
h.dt = 0.025
h.finitialize(-65)
lines = []
step = 0
for stop in (400, 2000, 4000):
    while step < stop:
        h.fadvance()
        step += 1
    for s in secs:
        for seg in s:
            lines.append("%.17g %s %.17g %.17g" % (h.t, s.name(), seg.x, seg.v))
with open(sys.argv[1], "w") as f:
    f.write("\n".join(lines) + "\n")
