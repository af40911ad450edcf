"""Writes an SWC reconstruction as a Neurolucida ASCII file, for the .asc import tests.

Usage: python3 swc_to_asc.py IN.swc OUT.asc

The soma becomes a closed "CellBody" contour in the xy plane at the height of the SWC soma's first
point: an outline longer along the soma's own axis (from its third point to its second) than
across, a little irregular as a traced soma is, and wide enough that every tree's first point lies
in its box (NEURON joins a tree to the soma whose box holds its first point). Each tree (the points
hanging from the soma, one SWC type each) becomes a Neurolucida tree of that type with nested
branches ( ... | ... ) at every branch point and an ending (Normal, Incomplete, High, Low,
Generated in turn) at every tip. Spines < ... > on every 37th point, a marker after the points of
every 11th branch, per-point comments and a text label are sprinkled in as Neurolucida writes them;
NEURON ignores them all. Deterministic: the same input gives the same file.
"""
import math
import sys

COLOURS = {2: "Red", 3: "Yellow", 4: "Magenta"}
KINDS = {2: "Axon", 3: "Dendrite", 4: "Apical"}
ENDINGS = ["Normal", "Incomplete", "High", "Low", "Generated"]


def read_swc(path):
    pts, order = {}, []
    with open(path) as f:
        for line in f:
            t = line.split("#")[0].split()
            if len(t) < 7:
                continue
            i, typ, x, y, z, r, p = int(t[0]), int(t[1]), t[2], t[3], t[4], float(t[5]), int(t[6])
            pts[i] = dict(type=typ, x=x, y=y, z=z, r=r, parent=p, children=[])
            order.append(i)
    for i in order:
        p = pts[i]["parent"]
        if p in pts:
            pts[p]["children"].append(i)
    return pts, order


def contour(pts, order, roots):
    soma = [i for i in order if pts[i]["type"] == 1]
    c = pts[soma[0]]
    cx, cy, cz = float(c["x"]), float(c["y"]), float(c["z"])
    if len(soma) >= 3:
        a, b = pts[soma[1]], pts[soma[2]]
        ux, uy = float(a["x"]) - float(b["x"]), float(a["y"]) - float(b["y"])
    else:
        ux, uy = 0.0, 1.0
    n = math.hypot(ux, uy)
    ux, uy = ux / n, uy / n
    # semi-axes: the soma's radius, stretched along its axis, then enough to hold every tree's start
    along, across = 1.3 * c["r"], 0.85 * c["r"]
    for i in roots:
        dx, dy = float(pts[i]["x"]) - cx, float(pts[i]["y"]) - cy
        along = max(along, abs(dx * ux + dy * uy) + 1.0)
        across = max(across, abs(-dx * uy + dy * ux) + 1.0)
    out = []
    for k in range(28):
        th = 2 * math.pi * k / 28
        wobble = 1 + 0.05 * math.sin(3 * th) + 0.03 * math.cos(5 * th + 0.4)
        u, v = along * math.cos(th) * wobble, across * math.sin(th) * wobble
        out.append((cx + u * ux - v * uy, cy + u * uy + v * ux, cz))
    xs, ys = [p[0] for p in out], [p[1] for p in out]
    for i in roots:  # NEURON's test: the first point in the contour's xy box widened by 0.5
        x, y = float(pts[i]["x"]), float(pts[i]["y"])
        assert min(xs) - .5 <= x <= max(xs) + .5 and min(ys) - .5 <= y <= max(ys) + .5, i
    return out


class Writer:
    def __init__(self):
        self.lines, self.npoints, self.nbranches, self.nends = [], 0, 0, 0

    def point(self, p, indent, label):
        d = "%.2f" % (2 * p["r"])
        self.lines.append("%s(%8s %8s %8s %6s)  ; %s" % (indent, p["x"], p["y"], p["z"], d, label))
        self.npoints += 1
        if self.npoints % 37 == 0:
            self.lines.append("%s<(%8.2f %8.2f %8.2f %6.2f)>  ; Spine" % (
                indent, float(p["x"]) + 1.5, float(p["y"]) + 0.8, float(p["z"]), 0.4))

    def branch(self, pts, first, indent, label, typ):
        """One unbranched run from `first`, then its branches or an ending."""
        i, k = first, 1
        while True:
            p = pts[i]
            assert p["type"] == typ, "tree of type %d has a point %d of type %d" % (typ, i, p["type"])
            self.point(p, indent, "%s-%d" % (label, k) if label else ("Root" if k == 1 else str(k - 1)))
            if len(p["children"]) != 1:
                break
            i, k = p["children"][0], k + 1
        self.nbranches += 1
        if self.nbranches % 11 == 0:
            self.lines += [indent + "(Dot", indent + "  (Color White)", indent + '  (Name "Marker %d")'
                           % self.nbranches, "%s  (%8.2f %8.2f %8.2f %6.2f)  ; 1" % (
                               indent, float(p["x"]), float(p["y"]) - 1.0, float(p["z"]), 0.5),
                           indent + ")  ;  End of markers"]
        kids = pts[i]["children"]
        if not kids:
            self.lines.append(indent + ENDINGS[self.nends % len(ENDINGS)])
            self.nends += 1
            return
        self.lines.append(indent + "(")
        for n, c in enumerate(kids):
            if n:
                self.lines.append(indent + "|")
            self.branch(pts, c, indent + "  ", "%s%d" % (label + "-" if label else "", n + 1), typ)
        self.lines.append(indent + ")  ;  End of split")


def main(src, dst):
    pts, order = read_swc(src)
    roots = [i for i in order if pts[i]["type"] != 1 and pts[pts[i]["parent"]]["type"] == 1]
    w = Writer()
    w.lines += [";\tV3 text file written for MicroBrightField products.",
                "; converted from %s by swc_to_asc.py (neuron-kernel tests)" % src.split("/")[-1],
                '(Description "%s as Neurolucida ASCII"' % src.split("/")[-1], ")  ;  End of description",
                '(ImageCoords Filename "none" Merge 65535 65535 65535 0', " Coords 1 1 0 0 0",
                ") ; End of ImageCoords", '(Sections "Section 1" 0 0 1 0) ; End of Sections', "",
                '("CellBody"', "  (Color RGB (255, 0, 0))", "  (CellBody)", "  (Closed)"]
    for k, (x, y, z) in enumerate(contour(pts, order, roots)):
        w.lines.append("  (%8.2f %8.2f %8.2f %6.2f)  ; 1, %d" % (x, y, z, 0.0, k + 1))
    w.lines += [")  ;  End of contour", ""]
    for r in roots:
        typ = pts[r]["type"]
        w.lines += ["( (Color %s)" % COLOURS.get(typ, "White"), "  (%s)" % KINDS[typ]]
        w.branch(pts, r, "  ", "", typ)
        w.lines += [")  ;  End of tree", ""]
    w.lines += ["( (Color White)  ; a text label", '  (Font "Helvetica" 10)', "  (  100.00  -50.00    0.00   0.10)",
                '  "CA1"', ")  ;  End of text", "", ";End of file"]
    with open(dst, "w") as f:
        f.write("\n".join(w.lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
