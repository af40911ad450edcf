"""The fifth benchmark model, ca1, run in real NEURON 8.2 (Debian python3-neuron).
Usage: /usr/bin/python3 bench/neuron_ca1.py ca1|ca1_asc   -> prints JSON {model, tstop, dt, run_s, import_s}
ca1_asc imports the same cell from its Neurolucida version (c91662_converted.asc, soma as a contour) with
Import3d_Neurolucida3.
The real CA1 pyramidal cell c91662.swc (NeuroMorpho.org) imported with Import3d; nseg by the
d_lambda rule (d_lambda 0.1 at 100 Hz, with stdlib.hoc's lambda_f as NEURON's fixnseg.hoc does; our
side is h.geomNseg(100, 0.1), checked against the same lambda_f); hh in soma and axon, pas
elsewhere; a current step at the soma. finitialize(-65), then batch_run(100, 0.1) is timed."""
import json, os, sys, time
from neuron import h

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SWC = os.path.join(ROOT, "engine", "src", "test", "resources", "morphology", "c91662.swc")
ASC = os.path.join(ROOT, "engine", "src", "test", "resources", "morphology", "c91662_converted.asc")



def ca1(model):
    h.load_file("stdlib.hoc"); h.load_file("import3d.hoc")
    t0 = time.perf_counter()
    if model == "ca1_asc":
        r = h.Import3d_Neurolucida3(); r.quiet = 1; r.input(ASC)
    else:
        r = h.Import3d_SWC_read(); r.input(SWC)
    h.Import3d_GUI(r, 0).instantiate(None)
    import_s = time.perf_counter() - t0
    secs = list(h.allsec())
    for s in secs:
        s.Ra = 100; s.cm = 1
        s.nseg = int((s.L / (0.1 * h.lambda_f(100, sec=s)) + 0.9) / 2) * 2 + 1
        if s.name().startswith(("soma", "axon")):
            s.insert("hh")
        else:
            s.insert("pas"); s.g_pas = 5e-5; s.e_pas = -65
    ic = h.IClamp(h.soma[0](0.5)); ic.delay = 5; ic.dur = 80; ic.amp = 0.8
    refs = [h._ref_t, h.soma[0](0.5)._ref_v, h.apic[20](0.5)._ref_v, h.dend[10](1)._ref_v, h.axon[0](1)._ref_v]
    return [secs, ic], refs, 100.0, 0.1, import_s, sum(s.nseg for s in secs)


if __name__ == "__main__":
    model = sys.argv[1] if len(sys.argv) > 1 else "ca1"
    keep, refs, tstop, tstep, import_s, nseg = ca1(model)
    h.batch_save()
    for r in refs:
        h.batch_save(r)
    h.finitialize(-65)
    t0 = time.perf_counter()
    h.batch_run(tstop, tstep, "/tmp/bench_%s.dat" % model, model)
    run_s = time.perf_counter() - t0
    print(json.dumps(dict(model=model, tstop=tstop, dt=h.dt, run_s=round(run_s, 4), import_s=round(import_s, 4),
                          nseg=nseg)))
