"""NEURON 8.2.2's numbers for notebooks/09-real-morphology.ipynb (run with /usr/bin/python3 from the
repository root). The same model as the notebook: the CA1 pyramidal cell c91662 (NeuroMorpho.org)
imported with Import3d, nseg by the d_lambda rule, hh in soma and axon, pas elsewhere, a current
step at the soma, run with the standard run. Prints the values the notebook checks, as Python's repr."""
from neuron import h
h.load_file("stdrun.hoc"); h.load_file("import3d.hoc")

r = h.Import3d_SWC_read(); r.input("notebooks/data/c91662.swc")
h.Import3d_GUI(r, 0).instantiate(None)
secs = list(h.allsec())



for s in secs:
    s.Ra = 100; s.cm = 1
    s.nseg = int((s.L / (0.1 * h.lambda_f(100, sec=s)) + 0.9) / 2) * 2 + 1
    if s.name().startswith(("soma", "axon")):
        s.insert("hh")
    else:
        s.insert("pas"); s.g_pas = 5e-5; s.e_pas = -65
print("sections", len(secs), "segments", sum(s.nseg for s in secs))
print("total area", sum(seg.area() for s in secs for seg in s))
soma = h.soma[0]
ic = h.IClamp(soma(0.5)); ic.delay = 2; ic.dur = 30; ic.amp = 0.5
spikes = h.Vector()
nc = h.NetCon(soma(0.5)._ref_v, None, sec=soma); nc.threshold = 0; nc.record(spikes)
v_apic = h.Vector().record(h.apic[20](0.5)._ref_v)
h.tstop = 40
h.run()
print("spikes", list(spikes))
print("apic[20] v max", v_apic.max(), "last", v_apic[len(v_apic) - 1])
print("distance soma(0.5) to apic[20](0.5)", h.distance(soma(0.5), h.apic[20](0.5)))
