"""Dump what NEURON 8.2.2's Import3d makes of SWC and Neurolucida files, as reference data for the
Java importer.

Usage: /usr/bin/python3 swc_points.py OUTDIR FILE.swc|FILE.asc [...]

Each file is imported in a fresh NEURON process (sections of a previous import would otherwise
stay around) with Import3d_SWC_read (.swc) or Import3d_Neurolucida3 (.asc), then
Import3d_GUI(r, 0).instantiate(None, 1); the
second argument only keeps the list of hoc commands Import3d executed, which gives the order
of the connect calls. OUTDIR/FILE.txt gets, in h.allsec() order:

  sec NAME n3d N parent PARENT|- parentx PX trueparent TP|- orientation O style S [LX LY LZ]
                                     (PARENT, PX: s.parentseg(); TP: SectionRef.trueparent;
                                      LX LY LZ: the pt3dstyle logical connection point if S is 1)
  pt X Y Z DIAM                      (N lines, %.17g of x3d, y3d, z3d, diam3d)
  children C1 C2 ...                 (h.SectionRef(sec).child in NEURON's order)
then
  connect PARENT CHILD CHILDEND PX   (one per connect command, in the order executed)
  stdout LINE                        (whatever Import3d printed, e.g. warnings)
"""
import os
import subprocess
import sys


def full(name):
    """Import3d leaves off the index of the first section of a type ("soma" is soma[0])."""
    return name if name.endswith("]") else name + "[0]"


def dump(swc, out):
    from neuron import h
    h.load_file("stdlib.hoc")
    h.load_file("import3d.hoc")
    r = h.Import3d_Neurolucida3() if swc.lower().endswith(".asc") else h.Import3d_SWC_read()
    r.input(swc)
    g = h.Import3d_GUI(r, 0)
    g.instantiate(None, 1)
    lines = []
    for s in h.allsec():
        sref = h.SectionRef(sec=s)
        ps = s.parentseg()
        par = ps.sec.name() if ps is not None else "-"
        px = "%.17g" % ps.x if ps is not None else "-1"
        tpar = sref.trueparent.name() if sref.has_trueparent() else "-"
        lx, ly, lz = h.ref(0.0), h.ref(0.0), h.ref(0.0)
        style = int(h.pt3dstyle(sec=s))
        if style:
            h.pt3dstyle(1, lx, ly, lz, sec=s)  # with references: reads the logical connection point
        head = "sec %s n3d %d parent %s parentx %s trueparent %s orientation %.17g style %d" % (
            s.name(), s.n3d(), par, px, tpar, s.orientation(), style)
        if style:
            head += " %.17g %.17g %.17g" % (lx[0], ly[0], lz[0])
        lines.append(head)
        for i in range(s.n3d()):
            lines.append("pt %.17g %.17g %.17g %.17g" % (s.x3d(i), s.y3d(i), s.z3d(i), s.diam3d(i)))
        lines.append("children" + "".join(" " + c.name() for c in sref.child))
    for i in range(int(g.commands.count())):
        cmd = g.commands.o(i).s.strip()
        if " connect " in cmd:
            # "PARENT connect CHILD(0), PX"
            parent, rest = cmd.split(" connect ")
            child, px = rest.split(",")
            cname, cend = child.strip().rstrip(")").split("(")
            lines.append("connect %s %s %s %s" % (full(parent.strip()), full(cname), cend, px.strip()))
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "--one":
        dump(sys.argv[2], sys.argv[3])
        sys.exit(0)
    outdir = sys.argv[1]
    for swc in sys.argv[2:]:
        out = os.path.join(outdir, os.path.splitext(os.path.basename(swc))[0] + ".txt")
        p = subprocess.run([sys.executable, os.path.abspath(__file__), "--one", swc, out],
                           capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit("failed on %s:\n%s%s" % (swc, p.stdout, p.stderr))
        extra = [l for l in p.stdout.splitlines() if l.strip() and "DISPLAY" not in l and "No graphics" not in l]
        if extra:
            with open(out, "a") as f:
                for l in extra:
                    f.write("stdout " + l + "\n")
        print("wrote", out)
