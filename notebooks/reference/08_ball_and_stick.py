"""NEURON 8.2.2's numbers for notebooks/08-ball-and-stick.ipynb (run with /usr/bin/python3).
The same models as the notebook's cells, in NEURON's Python: one ball-and-stick cell driven by a
current pulse, then a ring of five such cells drawn with define_shape, rotated and placed with
pt3dchange, each exciting the next through an ExpSyn. Prints the values the notebook checks, as
Python's repr (the shortest text that reads back to the same double, as Java's Double.toString)."""
from neuron import h
import math
h.load_file("stdrun.hoc")


class BallAndStick:
    def __init__(self, gid, x, y, z, theta):
        self._gid = gid
        self.soma = h.Section(name="soma", cell=self)
        self.dend = h.Section(name="dend", cell=self)
        self.dend.connect(self.soma(1))
        self.soma.L = self.soma.diam = 12.6157
        self.dend.L = 200
        self.dend.diam = 1
        self.dend.nseg = 11
        self.all = self.soma.wholetree()
        for sec in self.all:
            sec.Ra = 100
            sec.cm = 1
        self.soma.insert("hh")
        for seg in self.soma:
            seg.hh.gnabar = 0.12; seg.hh.gkbar = 0.036; seg.hh.gl = 0.0003; seg.hh.el = -54.3
        self.dend.insert("pas")
        for seg in self.dend:
            seg.pas.g = 0.001; seg.pas.e = -65
        self.x = self.y = self.z = 0
        h.define_shape()
        self._rotate_z(theta)
        self._set_position(x, y, z)
        self.syn = h.ExpSyn(self.dend(0.5))
        self.syn.tau = 2
        self.spike_times = h.Vector()
        self._nc = h.NetCon(self.soma(0.5)._ref_v, None, sec=self.soma)
        self._nc.record(self.spike_times)

    def __repr__(self):
        return "BallAndStick[{}]".format(self._gid)

    def _set_position(self, x, y, z):
        for sec in self.all:
            for i in range(sec.n3d()):
                sec.pt3dchange(i, x - self.x + sec.x3d(i), y - self.y + sec.y3d(i), z - self.z + sec.z3d(i),
                               sec.diam3d(i))
        self.x, self.y, self.z = x, y, z

    def _rotate_z(self, theta):
        for sec in self.all:
            for i in range(sec.n3d()):
                x, y = sec.x3d(i), sec.y3d(i)
                c, s = math.cos(theta), math.sin(theta)
                sec.pt3dchange(i, x * c - y * s, x * s + y * c, sec.z3d(i), sec.diam3d(i))


# part 1: one cell, a current pulse at the end of the dendrite
cell = BallAndStick(0, 0, 0, 0, 0)
stim = h.IClamp(cell.dend(1))
stim.delay = 5; stim.dur = 1; stim.amp = 0.1
t = h.Vector().record(h._ref_t)
v = h.Vector().record(cell.soma(0.5)._ref_v)
h.finitialize(-65)
h.continuerun(25)
print("one cell:", cell.soma.name(), "samples", len(t), "peak", v.max(), "at", t[int(v.max_ind())], "last", v[len(v) - 1])
peaks = []
for amp in (0.075, 0.1, 0.125, 0.15, 0.175):
    stim.amp = amp
    h.finitialize(-65)
    h.continuerun(25)
    peaks.append(v.max())
print("peaks", peaks)
del stim, t, v, cell

# part 2 and 3: a ring of five cells, each exciting the next
N, r = 5, 50
cells = [BallAndStick(i, r * math.cos(i * 2 * math.pi / N), r * math.sin(i * 2 * math.pi / N), 0, i * 2 * math.pi / N)
         for i in range(N)]
ncs = []
for i in range(N):
    src, dst = cells[i], cells[(i + 1) % N]
    nc = h.NetCon(src.soma(0.5)._ref_v, dst.syn, sec=src.soma)
    nc.weight[0] = 0.01; nc.delay = 5
    ncs.append(nc)
ns = h.NetStim(); ns.number = 1; ns.start = 9
kick = h.NetCon(ns, cells[0].syn); kick.delay = 1; kick.weight[0] = 0.04
print("dend of cell 3 starts at", cells[3].dend.x3d(0), cells[3].dend.y3d(0), "ends at", cells[3].dend.x3d(cells[3].dend.n3d() - 1), "L", cells[3].dend.L)
h.finitialize(-65)
h.continuerun(100)
for c in cells:
    print("spikes", c, list(c.spike_times))
