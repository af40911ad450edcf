"""NEURON 8.2.2's lambda_f (stdlib.hoc) and the d_lambda rule's nseg, for a tapering section with
3-D points and a plain cylinder. Usage: /usr/bin/python3 lambda_f.py OUTFILE
Lines: section, frequency (Hz), d_lambda, lambda_f (um, 17 digits), nseg by the rule
int((L / (d_lambda * lambda_f(freq)) + 0.9) / 2) * 2 + 1 (fixnseg.hoc's geom_nseg)."""
import sys
from neuron import h

h.load_file("stdlib.hoc")
taper = h.Section(name="taper")
taper.Ra = 123
taper.cm = 0.9
for x, d in [(0, 3.0), (10, 2.5), (35, 2.0), (80, 1.2), (160, 0.7), (300, 0.4)]:
    taper.pt3dadd(x, 0.5 * x, 0, d)
cyl = h.Section(name="cyl")
cyl.L = 1000
cyl.diam = 1
cyl.Ra = 100
cyl.cm = 1
lines = []
for s in (taper, cyl):
    for freq, dl in ((100, 0.1), (500, 0.05)):
        lam = h.lambda_f(freq, sec=s)
        nseg = int((s.L / (dl * lam) + 0.9) / 2) * 2 + 1
        lines.append("%s %g %g %.17g %d" % (s.name(), freq, dl, lam, nseg))
with open(sys.argv[1], "w") as f:
    f.write("\n".join(lines) + "\n")
