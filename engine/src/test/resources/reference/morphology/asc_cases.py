"""Neurolucida (.asc) reference cases: NEURON 8.2.2's Import3d_Neurolucida3 + Import3d_GUI(r, 0).instantiate(None).
Usage: /usr/bin/python3 asc_cases.py CASE OUTDIR   (CASE: asc_small, asc_ca1, asc_stack, asc_odd)

asc_small: ../../morphology/small_cell.asc, a hand-written cell (contour soma, two basal dendrites, an apical tree,
           an axon that starts outside the soma's box, markers, spines, text);
asc_ca1:   ../../morphology/c91662_converted.asc, the CA1 cell c91662.swc written as Neurolucida ASCII by
           ../../morphology/swc_to_asc.py (soma as a closed contour, 196 sections);
asc_stack: ../../morphology/soma_stack.asc, a soma given as a stack of three contours;
asc_odd:   ../../morphology/odd_cases_nl.asc, two somas, removed sections, a type-0 tree and other oddities.

Writes OUTDIR/CASE_geometry.txt: per segment, in h.allsec() order: section, n3d, L, nseg, parent (SectionRef's
trueparent), parent x, x, area (um2), ri (MOhm), 17 significant digits. nseg = 1 + 2*int(L/10) for asc_small,
1 + 2*int(L/40) for the others. For asc_small and asc_ca1 also OUTDIR/CASE.dat: hh in somas and axons, pas
(g 5e-5 S/cm2, e -65 mV) elsewhere, Ra 150, cm 1, an IClamp (delay 2 ms, dur 5 ms, amp 1.5 nA) at soma[0](0.5),
batch_run(20, 0.1) of t and v at four places."""
import os, sys
from neuron import h
h.load_file("stdlib.hoc"); h.load_file("import3d.hoc")
case, out = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
files = {"asc_small": "small_cell.asc", "asc_ca1": "c91662_converted.asc", "asc_stack": "soma_stack.asc",
         "asc_odd": "odd_cases_nl.asc"}
if case not in files:
    sys.exit("unknown case " + case)
r = h.Import3d_Neurolucida3(); r.quiet = 1; r.input(os.path.join(here, "..", "..", "morphology", files[case]))
h.Import3d_GUI(r, 0).instantiate(None)
secs = list(h.allsec())
per = 10 if case == "asc_small" else 40
for s in secs:
    s.nseg = 1 + 2 * int(s.L / per)
    if s.name().startswith(("soma", "axon")):
        s.insert("hh")
    else:
        s.insert("pas"); s.g_pas = 5e-5; s.e_pas = -65
    s.Ra = 150; s.cm = 1
with open(os.path.join(out, case + "_geometry.txt"), "w") as f:
    f.write("section n3d L nseg parent parentx x area ri\n")
    for s in secs:
        sref = h.SectionRef(sec=s)
        par = sref.trueparent.name() if sref.has_trueparent() else "-"
        px = s.parentseg().x if s.parentseg() is not None else -1
        for seg in s:
            f.write("%s %d %.17g %d %s %.17g %.17g %.17g %.17g\n" % (s.name(), s.n3d(), s.L, s.nseg, par, px, seg.x,
                                                                     seg.area(), seg.ri()))
probes = {"asc_small": ["soma[0]", 0.5, "dend[4]", 1, "apic[7]", 1, "axon[2]", 1],
          "asc_ca1": ["soma[0]", 0.5, "apic[20]", 0.5, "dend[10]", 1, "axon[0]", 1]}.get(case)
if probes:
    ic = h.IClamp(h.soma[0](0.5)); ic.delay = 2; ic.dur = 5; ic.amp = 1.5
    names = {s.name(): s for s in secs}
    h.batch_save()
    h.batch_save(h._ref_t)
    for i in range(0, len(probes), 2):
        h.batch_save(names[probes[i]](probes[i + 1])._ref_v)
    h.finitialize(-65)
    h.batch_run(20, 0.1, os.path.join(out, case + ".dat"), case + " (" + files[case] + ")")
