"""Morphology reference cases on a real reconstruction (c91662.swc, NeuroMorpho.org, CA1 pyramidal cell).
Usage: swc_cases.py CASE OUTDIR   (CASE: swc_public)"""
import sys, os
from neuron import h
h.load_file("stdlib.hoc"); h.load_file("import3d.hoc")
case, out = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
swc = os.environ.get("SWC", os.path.join(here, "..", "..", "morphology", "c91662.swc"))  # the test copy
r = h.Import3d_SWC_read(); r.input(swc)
g = h.Import3d_GUI(r, 0); g.instantiate(None)
secs = list(h.allsec())
if case == "swc_public":
    for s in secs:
        s.nseg = 1 + 2 * int(s.L / 40)
        if s.name().startswith(("soma", "axon")): s.insert("hh")
        else:
            s.insert("pas"); s.g_pas = 5e-5; s.e_pas = -65
        s.Ra = 150; s.cm = 1
    ic = h.IClamp(h.soma[0](0.5)); ic.delay = 2; ic.dur = 5; ic.amp = 1.5
    probes = [h._ref_t, h.soma[0](0.5)._ref_v, h.apic[20](0.5)._ref_v, h.dend[10](1)._ref_v, h.axon[0](1)._ref_v]
    tstop, tstep = 20, 0.1
else:
    sys.exit("unknown case " + case)
# geometry table: every section's name, n3d, L, nseg, and each segment's area and ri
with open(os.path.join(out, case + "_geometry.txt"), "w") as f:
    f.write("section n3d L nseg parent parentx x area ri\n")
    for s in secs:
        sref = h.SectionRef(sec=s)
        par = sref.trueparent.name() if sref.has_trueparent() else "-"
        px = s.parentseg().x if s.parentseg() is not None else -1
        for seg in s:
            f.write("%s %d %.17g %d %s %.17g %.17g %.17g %.17g\n" % (s.name(), s.n3d(), s.L, s.nseg, par, px, seg.x, seg.area(), seg.ri()))
h.batch_save()
for p in probes: h.batch_save(p)
h.finitialize(-65)
h.batch_run(tstop, tstep, os.path.join(out, case + ".dat"), case + " on c91662")
