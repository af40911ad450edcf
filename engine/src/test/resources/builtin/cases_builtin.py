# Reference cases for NEURON's built-in APCount, AlphaSynapse, IntFire1, IntFire2, IntFire4 and VClamp,
# run in real NEURON 8.2.2 (Debian's python3-neuron). Usage, from this directory:
#     /usr/bin/python3 cases_builtin.py [OUTDIR]
# Each case builds a small model, records vectors (Vector.record at t = 0 and after every step,
# NetCon.record and APCount.record spike times) and writes OUTDIR/<case>.txt: one line per vector,
# "name v0 v1 ...", every value printed with %.17g (batch_run's 6 digits hide last-bit differences).
# dt 0.025, celsius 6.3, v_init -65 unless a case says otherwise.
import os, sys
from neuron import h

def write(out, vectors):
    with open(out, 'w') as f:
        for name, vec in vectors:
            f.write(name + ''.join(' %.17g' % x for x in vec) + '\n')

def hh_soma(name='soma', size=18.8):
    s = h.Section(name=name); s.L = size; s.diam = size; s.insert('hh')
    return s

def stim(start, interval, number):
    ns = h.NetStim(); ns.start = start; ns.interval = interval; ns.number = number; ns.noise = 0
    return ns

def run(tstop, v_init=-65):
    h.dt = 0.025; h.finitialize(v_init)
    while h.t < tstop - h.dt / 2: h.fadvance()

def apcount(out):
    # repetitive firing; three counters at one node (default thresh, 0 mV, and -66 mV which v starts above),
    # one on a dendrite; the first and third record their crossing times
    soma = hh_soma(); dend = h.Section(name='dend'); dend.L = 200; dend.diam = 2; dend.nseg = 5
    dend.insert('hh'); dend.connect(soma(1))
    ic = h.IClamp(soma(0.5)); ic.delay = 2; ic.dur = 40; ic.amp = 0.3
    a1 = h.APCount(soma(0.5)); a2 = h.APCount(soma(0.5)); a2.thresh = 0
    a3 = h.APCount(soma(0.5)); a3.thresh = -66
    a4 = h.APCount(dend(0.9)); a4.thresh = -10
    r1 = h.Vector(); a1.record(r1); r3 = h.Vector(); a3.record(r3); r4 = h.Vector(); a4.record(r4)
    rec = [(n, h.Vector().record(r)) for n, r in (('t', h._ref_t), ('v', soma(0.5)._ref_v), ('vdend', dend(0.9)._ref_v),
           ('n1', a1._ref_n), ('time1', a1._ref_time), ('n2', a2._ref_n), ('time2', a2._ref_time),
           ('n3', a3._ref_n), ('time3', a3._ref_time), ('n4', a4._ref_n))]
    run(50)
    write(out, rec + [('rec1', r1), ('rec3', r3), ('rec4', r4), ('final', [a1.n, a2.n, a3.n, a4.n, a1.time, a2.time, a3.time, a4.time])])
    return [soma, dend, ic, a1, a2, a3, a4, r1, r3, r4, rec]

def alphasyn(out):
    # two AlphaSynapses at one node (excitatory, then inhibitory later), one on a passive dendrite
    soma = hh_soma(); dend = h.Section(name='dend'); dend.L = 150; dend.diam = 1.5; dend.nseg = 3
    dend.insert('pas'); dend.connect(soma(1))
    s1 = h.AlphaSynapse(soma(0.5)); s1.onset = 1; s1.tau = 0.5; s1.gmax = 0.01; s1.e = 0
    s2 = h.AlphaSynapse(soma(0.5)); s2.onset = 3.3; s2.tau = 1.7; s2.gmax = 0.004; s2.e = -80
    s3 = h.AlphaSynapse(dend(0.7)); s3.onset = 0.5; s3.tau = 2; s3.gmax = 0.003; s3.e = 10
    rec = [(n, h.Vector().record(r)) for n, r in (('t', h._ref_t), ('v', soma(0.5)._ref_v), ('vdend', dend(0.7)._ref_v),
           ('i1', s1._ref_i), ('i2', s2._ref_i), ('i3', s3._ref_i))]
    run(30)
    write(out, rec)
    return [soma, dend, s1, s2, s3, rec]

def intfire1(out):
    # NetStim -> IntFire1 (excitatory), a second one with inhibition and a short refractory period,
    # IntFire1 -> ExpSyn on an hh soma with an APCount; the soma's spikes -> a third IntFire1
    ns1 = stim(1, 2, 40); ns2 = stim(2.5, 3, 30)
    c1 = h.IntFire1(); c1.tau = 10; c1.refrac = 5
    c2 = h.IntFire1(); c2.tau = 4; c2.refrac = 1.5
    c3 = h.IntFire1(); c3.tau = 20; c3.refrac = 0
    n1 = h.NetCon(ns1, c1); n1.delay = 0.5; n1.weight[0] = 0.3
    n2 = h.NetCon(ns1, c2); n2.delay = 1; n2.weight[0] = 0.7
    n3 = h.NetCon(ns2, c2); n3.delay = 0.25; n3.weight[0] = -0.4
    n4 = h.NetCon(ns2, c1); n4.delay = 0; n4.weight[0] = 0.45
    soma = hh_soma(); syn = h.ExpSyn(soma(0.5)); syn.tau = 2
    n5 = h.NetCon(c1, syn); n5.delay = 1; n5.weight[0] = 0.02
    n6 = h.NetCon(c2, syn); n6.delay = 2; n6.weight[0] = 0.01
    apc = h.APCount(soma(0.5)); ra = h.Vector(); apc.record(ra)
    n7 = h.NetCon(soma(0.5)._ref_v, c3, -20, 1.5, 0.6, sec=soma)
    n8 = h.NetCon(c2, c3); n8.delay = 0.75; n8.weight[0] = 0.5
    sp = [h.Vector() for _ in range(3)]; rs = []
    for c, v in zip((c1, c2, c3), sp):
        r = h.NetCon(c, None); r.record(v); rs.append(r)
    rec = [(n, h.Vector().record(r)) for n, r in (('t', h._ref_t), ('m1', c1._ref_m), ('m2', c2._ref_m), ('m3', c3._ref_m),
           ('v', soma(0.5)._ref_v), ('g', syn._ref_g))]
    run(100)
    write(out, rec + [('spikes1', sp[0]), ('spikes2', sp[1]), ('spikes3', sp[2]), ('apc', ra)])
    return [ns1, ns2, c1, c2, c3, n1, n2, n3, n4, soma, syn, n5, n6, apc, ra, n7, n8, sp, rs, rec]

def intfire2(out):
    # a spontaneously firing IntFire2 (ib > 1), one driven by a NetStim with excitation and inhibition,
    # one with taus <= taum (INITIAL raises taus), and a chain c1 -> c2 -> ExpSyn
    ns1 = stim(1, 3, 50); ns2 = stim(4, 7, 20)
    c1 = h.IntFire2(); c1.ib = 1.3; c1.taum = 10; c1.taus = 20
    c2 = h.IntFire2(); c2.taum = 5; c2.taus = 15
    c3 = h.IntFire2(); c3.taum = 8; c3.taus = 8; c3.ib = 0.6
    c4 = h.IntFire2(); c4.taum = 3; c4.taus = 30; c4.ib = -0.2
    n1 = h.NetCon(ns1, c2); n1.delay = 0.5; n1.weight[0] = 0.8
    n2 = h.NetCon(ns2, c2); n2.delay = 1; n2.weight[0] = -1.5
    n3 = h.NetCon(c1, c2); n3.delay = 2; n3.weight[0] = 0.6
    n4 = h.NetCon(ns1, c3); n4.delay = 0; n4.weight[0] = 0.35
    n5 = h.NetCon(ns2, c4); n5.delay = 0.3; n5.weight[0] = 2.5
    n6 = h.NetCon(c2, c4); n6.delay = 1; n6.weight[0] = -0.7
    soma = hh_soma(); syn = h.ExpSyn(soma(0.5)); syn.tau = 3
    n7 = h.NetCon(c2, syn); n7.delay = 1; n7.weight[0] = 0.01
    sp = [h.Vector() for _ in range(4)]; rs = []
    for c, v in zip((c1, c2, c3, c4), sp):
        r = h.NetCon(c, None); r.record(v); rs.append(r)
    rec = [(n, h.Vector().record(r)) for n, r in (('t', h._ref_t), ('m1', c1._ref_m), ('i1', c1._ref_i), ('m2', c2._ref_m),
           ('i2', c2._ref_i), ('m3', c3._ref_m), ('m4', c4._ref_m), ('i4', c4._ref_i), ('v', soma(0.5)._ref_v))]
    run(150)
    write(out, rec + [('spikes1', sp[0]), ('spikes2', sp[1]), ('spikes3', sp[2]), ('spikes4', sp[3]), ('taus3', [c3.taus])])
    return [ns1, ns2, c1, c2, c3, c4, n1, n2, n3, n4, n5, n6, soma, syn, n7, sp, rs, rec]

def intfire4(out):
    # IntFire4 with default time constants, one with its own, one whose taum < taui2 needs fixprecondition,
    # excitation and inhibition from NetStims, c1 -> c2, c2 -> ExpSyn on an hh soma
    ns1 = stim(1, 2, 60); ns2 = stim(3, 5, 25)
    c1 = h.IntFire4()
    c2 = h.IntFire4(); c2.taue = 2; c2.taui1 = 4; c2.taui2 = 9; c2.taum = 15
    c3 = h.IntFire4(); c3.taue = 3; c3.taui1 = 6; c3.taui2 = 12; c3.taum = 6
    n1 = h.NetCon(ns1, c1); n1.delay = 0.5; n1.weight[0] = 0.35
    n2 = h.NetCon(ns2, c1); n2.delay = 1; n2.weight[0] = -0.5
    n3 = h.NetCon(ns1, c2); n3.delay = 0; n3.weight[0] = 0.6
    n4 = h.NetCon(c1, c2); n4.delay = 2; n4.weight[0] = 0.9
    n5 = h.NetCon(ns2, c3); n5.delay = 0.2; n5.weight[0] = 1.4
    n6 = h.NetCon(ns1, c3); n6.delay = 0.7; n6.weight[0] = -0.3
    soma = hh_soma(); syn = h.ExpSyn(soma(0.5)); syn.tau = 2
    n7 = h.NetCon(c2, syn); n7.delay = 1; n7.weight[0] = 0.01
    sp = [h.Vector() for _ in range(3)]; rs = []
    for c, v in zip((c1, c2, c3), sp):
        r = h.NetCon(c, None); r.record(v); rs.append(r)
    rec = [(n, h.Vector().record(r)) for n, r in (('t', h._ref_t), ('m1', c1._ref_m), ('e1', c1._ref_e), ('i21', c1._ref_i2),
           ('m2', c2._ref_m), ('m3', c3._ref_m), ('v', soma(0.5)._ref_v))]
    run(150)
    final = []
    for c in (c1, c2, c3):
        final += [c.taue, c.taui1, c.taui2, c.taum, c.ae, c.ai1, c.ai2, c.nself, c.nexcite, c.ninhibit]
    write(out, rec + [('spikes1', sp[0]), ('spikes2', sp[1]), ('spikes3', sp[2]), ('final', final)])
    return [ns1, ns2, c1, c2, c3, n1, n2, n3, n4, n5, n6, soma, syn, n7, sp, rs, rec]

def mixed_order(out):
    # artificial cells of every kind created in reverse type order with events at the same times:
    # INITIAL runs per type (NetStim, IntFire1, IntFire2, IntFire4), then creation order
    soma = h.Section(name='soma')   # Vector.record needs a section to exist
    c4 = h.IntFire4(); c2 = h.IntFire2(); c2.ib = 2; c1 = h.IntFire1(); c1.refrac = 0.5
    ns = stim(0, 1, 20)
    n1 = h.NetCon(ns, c1); n1.delay = 0; n1.weight[0] = 1.5
    n2 = h.NetCon(c1, c2); n2.delay = 0; n2.weight[0] = 0.5
    n3 = h.NetCon(c2, c4); n3.delay = 0; n3.weight[0] = 2
    n4 = h.NetCon(ns, c4); n4.delay = 0; n4.weight[0] = -0.5
    sp = [h.Vector() for _ in range(4)]; rs = []
    for c, v in zip((ns, c1, c2, c4), sp):
        r = h.NetCon(c, None); r.record(v); rs.append(r)
    rec = [(n, h.Vector().record(r)) for n, r in (('t', h._ref_t), ('m1', c1._ref_m), ('m2', c2._ref_m), ('m4', c4._ref_m))]
    run(25)
    write(out, rec + [('spikes_ns', sp[0]), ('spikes1', sp[1]), ('spikes2', sp[2]), ('spikes4', sp[3])])
    return [soma, c4, c2, c1, ns, n1, n2, n3, n4, sp, rs, rec]

def vclamp(out):
    # two-electrode voltage clamp, three levels, on an hh soma with a passive dendrite; a second one
    # with its own amplifier settings on the dendrite, off after 9 ms
    soma = hh_soma(); dend = h.Section(name='dend'); dend.L = 100; dend.diam = 2; dend.nseg = 3
    dend.insert('pas'); dend.connect(soma(1))
    vc = h.VClamp(soma(0.5)); vc.dur[0] = 2; vc.amp[0] = -65; vc.dur[1] = 5; vc.amp[1] = -20; vc.dur[2] = 4; vc.amp[2] = -80
    v2 = h.VClamp(dend(0.8)); v2.dur[0] = 3; v2.amp[0] = -60; v2.dur[1] = 6; v2.amp[1] = -40
    v2.gain = 1000; v2.rstim = 10; v2.tau1 = 0.05; v2.tau2 = 0.02; v2.fac = 1
    rec = [(n, h.Vector().record(r)) for n, r in (('t', h._ref_t), ('v', soma(0.5)._ref_v), ('vdend', dend(0.8)._ref_v),
           ('i', vc._ref_i), ('e', vc._ref_e), ('vo', vc._ref_vo), ('vi', vc._ref_vi), ('e0', vc._ref_e0), ('vo0', vc._ref_vo0),
           ('i2', v2._ref_i), ('e2', v2._ref_e), ('vo2', v2._ref_vo), ('vi02', v2._ref_vi0))]
    run(15)
    write(out, rec)
    return [soma, dend, vc, v2, rec]

def hh_q10(out):
    # built-in hh at celsius 7*0.1 = 0.7000000000000001, where Java's Math.pow(3, (celsius - 6.3)/10)
    # differs from glibc's pow in the last bit (the engine uses glibc's algorithm, Libm.pow)
    h.celsius = 7 * 0.1
    soma = hh_soma(); ic = h.IClamp(soma(0.5)); ic.delay = 1; ic.dur = 20; ic.amp = 0.2
    rec = [(n, h.Vector().record(r)) for n, r in (('t', h._ref_t), ('v', soma(0.5)._ref_v), ('m', soma(0.5).hh._ref_m))]
    run(30)
    write(out, rec)
    h.celsius = 6.3
    return [soma, ic, rec]

CASES = [apcount, alphasyn, intfire1, intfire2, intfire4, mixed_order, vclamp, hh_q10]

if __name__ == '__main__':
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    for fn in CASES:
        for sec in list(h.allsec()): h.delete_section(sec=sec)
        keep = fn(os.path.join(outdir, fn.__name__ + '.txt'))
        with open(os.path.join(outdir, fn.__name__ + '.txt')) as f:
            print(fn.__name__, ', '.join('%s %d' % (l.split()[0], len(l.split()) - 1) for l in f if not l.startswith('t ')))
        del keep
