"""3-D point geometry reference cases, made with real NEURON 8.2.2.
Usage: /usr/bin/python3 pt3d_cases.py OUTFILE
Writes, per case, every 3-D point (x y z diam arc) and every segment (x, L, diam, area, ri) at 17 digits.
PtGeometryTest builds the same models and expects the same lines."""
import sys
from neuron import h

out = open(sys.argv[1], "w")


def dump(case, secs):
    for s in secs:
        for i in range(s.n3d()):
            out.write("%s pt %s %d %.17g %.17g %.17g %.17g %.17g\n" % (
                case, s.name(), i, s.x3d(i), s.y3d(i), s.z3d(i), s.diam3d(i), s.arc3d(i)))
        for seg in s:
            out.write("%s seg %s %.17g %.17g %.17g %.17g %.17g\n" % (
                case, s.name(), seg.x, s.L, seg.diam, seg.area(), seg.ri()))
        out.write("%s end %s %.17g %.17g\n" % (case, s.name(), s(1).ri(), s.diam))


def tapered(name):
    s = h.Section(name=name)
    for x, y, z, d in [(0, 0, 0, 4), (3.3, 1.1, 0.2, 3.7), (7.9, 2.5, -0.4, 3.1),
                       (12.05, 2.75, 0.1, 2.2), (20.5, 4.1, 1.7, 1.3), (21, 4.1, 1.7, 1.25)]:
        s.pt3dadd(x, y, z, d)
    s.Ra = 123.4
    return s


# tapered: one section, frusta per segment, for several nseg
for nseg in (1, 3, 7, 20):
    s = tapered("taper")
    s.nseg = nseg
    dump("taper%d" % nseg, [s])
    del s

# setting L rescales the points; setting diam redraws them; seg.diam likewise
s = tapered("lscale"); s.nseg = 3; s.L = 50; dump("lscale", [s]); del s
s = tapered("diamset"); s.nseg = 3; s.diam = 2.5; dump("diamset", [s]); del s
# (reading diam first makes NEURON compute the segments' diameters from the points; without it NEURON
# would redraw the points from diameters it has not yet computed, 500 um, where the engine uses the
# computed ones)
s = tapered("segdiam"); s.nseg = 3; s(0.5).diam; s(0.5).diam = 6; dump("segdiam", [s]); del s

# editing the points
s = tapered("edit"); s.nseg = 2
s.pt3dchange(1, 5.0)
s.pt3dchange(3, 11, 3, 0, 2.5)
s.pt3dinsert(2, 6, 2, 0, 3.3)
s.pt3dremove(4)
dump("edit", [s])
s.pt3dclear()
dump("cleared", [s])
del s

# a cell drawn by define_shape: soma, three dendrites at its 1 end, one at 0.5, one attached by its 1 end
soma = h.Section(name="soma"); soma.L = soma.diam = 12.6157; soma.nseg = 1
dends = []
for k in range(3):
    d = h.Section(name="dend%d" % k); d.L = 200 + 10 * k; d.diam = 1 + 0.25 * k; d.nseg = 5
    d.connect(soma(1)); dends.append(d)
mid = h.Section(name="mid"); mid.L = 80; mid.diam = 0.7; mid.nseg = 3; mid.connect(soma(0.5))
rev = h.Section(name="rev"); rev.L = 40; rev.diam = 0.5; rev.nseg = 2; rev.connect(dends[0](0.7), 1)
tip = h.Section(name="tip"); tip.L = 30; tip.diam = 0.4; tip.nseg = 2; tip.connect(rev(0))
other = h.Section(name="other"); other.L = 20; other.diam = 3; other.nseg = 1
h.define_shape()
dump("shape", [soma] + dends + [mid, rev, tip, other])
