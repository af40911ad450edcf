"""NEURON 8.2.2's Matrix.symmeig (Meschach) on symmetric 3x3 matrices, the step Import3d uses to find a soma
contour's principal axes; the signs of the eigenvectors decide which end of the soma is its 0 end.
Usage: /usr/bin/python3 symmeig_cases.py OUTFILE
One line per matrix: its 6 upper entries a00 a01 a02 a11 a12 a22, then the 3 eigenvalues in symmeig's order, then
the eigenvector matrix row by row (column j belongs to eigenvalue j), all %.17g. Matrices: second moments of
outlines like Import3d's (flat in z, in every direction), random ones (fixed seed), diagonal ones, and some with
repeated eigenvalues or zero rows."""
import math, random, sys
from neuron import h

def moments(pts):
    n = len(pts)
    c = [sum(p[k] for p in pts) / n for k in range(3)]
    return [[sum((p[i] - c[i]) * (p[j] - c[j]) for p in pts) for j in range(3)] for i in range(3)]

rnd = random.Random(12)
cases = []
for k in range(24):  # tilted ellipses in the xy plane, some lifted out of it
    th = math.pi * k / 12 + 0.1
    a, b = 5 + rnd.random() * 5, 2 + rnd.random() * 3
    tilt = 0 if k % 3 else 0.3 * rnd.random()
    pts = [(a * math.cos(t) * math.cos(th) - b * math.sin(t) * math.sin(th),
            a * math.cos(t) * math.sin(th) + b * math.sin(t) * math.cos(th), tilt * a * math.cos(t) + 1.5)
           for t in [2 * math.pi * i / 100 for i in range(101)]]
    cases.append(moments(pts))
for k in range(24):  # random symmetric
    m = [[0.0] * 3 for _ in range(3)]
    for i in range(3):
        for j in range(i, 3):
            m[i][j] = m[j][i] = rnd.uniform(-10, 10)
    cases.append(m)
cases += [[[3, 0, 0], [0, 1, 0], [0, 0, 2]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [[2, 1, 0], [1, 2, 0], [0, 0, 0]],
          [[4, 0, 2], [0, 0, 0], [2, 0, 4]], [[0, 0, 0], [0, 0, 0], [0, 0, 0]], [[1, 1, 1], [1, 1, 1], [1, 1, 1]],
          [[5, -2, 0], [-2, 5, 0], [0, 0, 1e-30]], [[1e-3, 2e-3, 0], [2e-3, 9e3, 0], [0, 0, 0]]]
with open(sys.argv[1], "w") as f:
    for m in cases:
        a = h.Matrix(3, 3)
        for i in range(3):
            for j in range(3):
                a.setval(i, j, float(m[i][j]))
        q = h.Matrix(3, 3)
        v = a.symmeig(q)
        vals = [m[0][0], m[0][1], m[0][2], m[1][1], m[1][2], m[2][2]] + [v.x[i] for i in range(3)]
        vals += [q.getval(i, j) for i in range(3) for j in range(3)]
        f.write(" ".join("%.17g" % float(x) for x in vals) + "\n")
