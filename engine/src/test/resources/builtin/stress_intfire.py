# A larger reference for the IntFires' exact event arithmetic, run in real NEURON 8.2.2:
# 60 IntFire2 and 60 IntFire4 cells with parameters from a fixed pseudo-random sequence, driven by
# 8 NetStims and by each other (feed-forward: a cell hears stims and cells made before it) through
# NetCons of random weights and delays, 300 ms.
# Usage: /usr/bin/python3 stress_intfire.py [OUTDIR]. Writes stress_intfire.txt: the model
# ("stim", "if2", "if4", "con" lines, every number with %.17g so the Java test builds the same
# model) and then one "spikes KIND INDEX t0 t1 ..." line per cell.
import os, random, sys
from neuron import h

def build_and_run(out):
    rnd = random.Random(20261205)
    lines = []
    stims = []
    for k in range(8):
        ns = h.NetStim(); ns.start = rnd.uniform(0, 20); ns.interval = rnd.uniform(1, 15); ns.number = 1000; ns.noise = 0
        stims.append(ns); lines.append('stim %.17g %.17g' % (ns.start, ns.interval))
    if2 = []
    for k in range(60):
        c = h.IntFire2(); c.taum = rnd.uniform(1, 20); c.taus = c.taum + rnd.uniform(0.5, 30); c.ib = rnd.uniform(-0.5, 1.6)
        if2.append(c); lines.append('if2 %.17g %.17g %.17g' % (c.taum, c.taus, c.ib))
    if4 = []
    for k in range(60):
        c = h.IntFire4(); c.taue = rnd.uniform(0.5, 10); c.taui1 = rnd.uniform(1, 15); c.taui2 = c.taui1 + rnd.uniform(0.5, 20)
        c.taum = rnd.uniform(2, 60)
        if4.append(c); lines.append('if4 %.17g %.17g %.17g %.17g' % (c.taue, c.taui1, c.taui2, c.taum))
    cells = [('stim', stims), ('if2', if2), ('if4', if4)]
    ncs = []
    for kind, group in (('if2', if2), ('if4', if4)):
        for j, c in enumerate(group):
            for _ in range(3):
                sk = rnd.choice(['stim', 'stim', 'if2', 'if4']); src = dict(cells)[sk]; si = rnd.randrange(len(src))
                if (kind == 'if2' and sk == 'if4') or (sk == kind and si >= j): continue
                w = rnd.uniform(-1.2, 1.5); d = rnd.choice([0, 0.5, 1, rnd.uniform(0, 5)])
                nc = h.NetCon(src[si], c); nc.weight[0] = w; nc.delay = d; ncs.append(nc)
                lines.append('con %s %d %s %d %.17g %.17g' % (sk, si, kind, j, w, d))
    vecs = []
    for kind, group in (('if2', if2), ('if4', if4)):
        for j, c in enumerate(group):
            v = h.Vector(); nc = h.NetCon(c, None); nc.record(v); vecs.append((kind, j, v)); ncs.append(nc)
    h.dt = 0.025; h.finitialize(-65)
    while h.t < 300 - h.dt / 2: h.fadvance()
    with open(out, 'w') as f:
        for l in lines: f.write(l + '\n')
        for kind, j, v in vecs: f.write('spikes %s %d' % (kind, j) + ''.join(' %.17g' % x for x in v) + '\n')
    return sum(len(v) for _, _, v in vecs)

if __name__ == '__main__':
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    print('spikes', build_and_run(os.path.join(outdir, 'stress_intfire.txt')))
