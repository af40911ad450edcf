"""Tree reference cases made with real NEURON 8.2.2: subtree/wholetree/children orders, parentseg,
and h.distance between segments. Usage: /usr/bin/python3 tree_cases.py OUTFILE. TreeTest repeats it."""
import sys
from neuron import h

out = open(sys.argv[1], "w")


def sec(name, L, nseg):
    s = h.Section(name=name); s.L = L; s.nseg = nseg; s.diam = 1
    return s


soma = sec("soma", 20, 1)
a = sec("a", 100, 3); a.connect(soma(1))
b = sec("b", 150, 4); b.connect(soma(0))
c = sec("c", 80, 5); c.connect(a(1))
d = sec("d", 60, 2); d.connect(a(0.5))
e = sec("e", 40, 3); e.connect(a(1))
f = sec("f", 30, 1); f.connect(c(0.3), 1)
g = sec("g", 50, 2)  # another tree
allsecs = [soma, a, b, c, d, e, f, g]
for s in allsecs:
    out.write("subtree %s %s\n" % (s.name(), " ".join(x.name() for x in s.subtree())))
    out.write("wholetree %s %s\n" % (s.name(), " ".join(x.name() for x in s.wholetree())))
    out.write("children %s %s\n" % (s.name(), " ".join(x.name() for x in s.children())))
    ps = s.parentseg()
    out.write("parentseg %s %s\n" % (s.name(), "-" if ps is None else "%s %.17g" % (ps.sec.name(), ps.x)))
xs = [0, 0.1, 0.3, 0.5, 0.77, 1]
for s1 in allsecs[:-1]:
    for x1 in (0, 0.5, 1):
        for s2 in allsecs[:-1]:
            for x2 in xs:
                out.write("distance %s %.17g %s %.17g %.17g\n" % (s1.name(), x1, s2.name(), x2, h.distance(s1(x1), s2(x2))))
