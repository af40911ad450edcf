# Prints NEURON 8.2.2's hoc topology() for the second model of model.TopologyTest: children of a
# reversed section, children at a non-root child's 0 end, siblings at equal and different x, nseg 5.
# Regenerate:  cd engine/src/test/resources/topology && /usr/bin/python3 topology_more.py > topology_more.txt
from neuron import h

trunk = h.Section(name="trunk"); trunk.nseg = 5
r = h.Section(name="r"); r.nseg = 3; r.connect(trunk(0.5), 1)
r0 = h.Section(name="r0"); r0.connect(r(0))
r1 = h.Section(name="r1"); r1.nseg = 2; r1.connect(r(0.9))
z = h.Section(name="z"); z.connect(trunk(1))
z0 = h.Section(name="z0"); z0.connect(z(0))
s1 = h.Section(name="s1"); s1.connect(trunk(0.3))
s2 = h.Section(name="s2"); s2.connect(trunk(0.3))
s3 = h.Section(name="s3"); s3.connect(trunk(0.1))
s4 = h.Section(name="s4"); s4.connect(trunk(0))
s5 = h.Section(name="s5"); s5.connect(trunk(0.99))
lone = h.Section(name="lone"); lone.nseg = 7
lone2 = h.Section(name="lone2")
lc = h.Section(name="lc"); lc.connect(lone2(0.5), 1)
h.topology()
