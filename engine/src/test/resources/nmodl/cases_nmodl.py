# NMODL reference cases run in real NEURON 8.2.2 (Debian) with the mechanisms of mod/
# compiled by nrnivmodl (gen.py compiles and loads them). Each function builds a model,
# sets batch_save, calls finitialize and batch_run to OUT/<name>.dat; a few also write
# OUT/<name>.txt: Vector-recorded values at every step, printed with %.17g.
# Every function restores the globals it changed (celsius, GLOBALs, usetable, ion globals).
from neuron import h

def hhx_seed(out):
    soma = h.Section(name="soma"); soma.L = 10; soma.diam = 10; soma.insert("hhx")
    ic = h.IClamp(soma(0.5)); ic.dur = 0.2; ic.delay = 0.3; ic.amp = 0.5
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v)
    h.finitialize(-65); h.batch_run(2, 0.1, out, 'My HH sim')
    return [soma, ic]

def hhx_train(out):
    soma = h.Section(name="soma"); soma.L = 18.8; soma.diam = 18.8; soma.insert("hhx")
    ic = h.IClamp(soma(0.5)); ic.delay = 2; ic.dur = 100; ic.amp = 0.15
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.hhx._ref_m, s.hhx._ref_h, s.hhx._ref_n, s._ref_ina, s._ref_ik,
                                 s.hhx._ref_il, s.hhx._ref_gna, s.hhx._ref_gk)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s.hhx._ref_m, s.hhx._ref_h, s.hhx._ref_n, s._ref_ina)]
    h.finitialize(-65); h.batch_run(20, 0.1, out, 'hhx repetitive firing')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v m_hhx h_hhx n_hhx ina\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    return [soma, ic, rec]

def kadt_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("kadt")
    for seg in soma: seg.kadt.gbar = 0.02
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.25
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.kadt._ref_a, s.kadt._ref_b, s.kadt._ref_g, s._ref_ik)
    h.finitialize(-70); h.batch_run(40, 0.25, out, 'A-type K (PROCEDURE rates, TABLE, cnexp) at 6.3 degC')
    return [soma, ic]

def kadt_34(out):
    h.celsius = 34
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("kadt")
    for seg in soma: seg.kadt.gbar = 0.02
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.5
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.kadt._ref_a, s.kadt._ref_b, s.kadt._ref_g, s._ref_ik)
    h.finitialize(-70); h.batch_run(40, 0.25, out, 'A-type K at 34 degC')
    h.celsius = 6.3
    return [soma, ic]

def kadt_global(out):
    h.vshift_kadt = -10; h.q10_kadt = 2.5
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("kadt")
    for seg in soma: seg.kadt.gbar = 0.02
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.25
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.kadt._ref_a, s.kadt._ref_b, s._ref_ik, h._ref_ainf_kadt, h._ref_btau_kadt)
    h.finitialize(-70); h.batch_run(40, 0.25, out, 'GLOBALs vshift_kadt=-10 q10_kadt=2.5 (table rebuilt)')
    h.vshift_kadt = 0; h.q10_kadt = 3
    return [soma, ic]

def kadt_notable(out):
    h.usetable_kadt = 0
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("kadt")
    for seg in soma: seg.kadt.gbar = 0.02
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.25
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.kadt._ref_a, s.kadt._ref_b, s.kadt._ref_g, s._ref_ik)
    h.finitialize(-70); h.batch_run(40, 0.25, out, 'usetable_kadt = 0: rates computed directly')
    h.usetable_kadt = 1
    return [soma, ic]

def napd_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 25; soma.diam = 25; soma.insert("pas"); soma.insert("napd")
    for seg in soma: seg.pas.g = 1e-4; seg.pas.e = -70; seg.napd.gbar = 0.0008
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 25; ic.amp = 0.15
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.napd._ref_m, s.napd._ref_h, s._ref_ina, s.napd._ref_mtau)
    h.finitialize(-70); h.batch_run(50, 0.25, out, 'persistent Na by derivimplicit at 6.3 degC')
    return [soma, ic]

def napd_34(out):
    h.celsius = 34
    soma = h.Section(name="soma"); soma.L = 25; soma.diam = 25; soma.insert("pas"); soma.insert("napd"); soma.insert("hh")
    for seg in soma: seg.pas.g = 1e-4; seg.pas.e = -70; seg.napd.gbar = 0.0008; seg.hh.gl = 0
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 25; ic.amp = 0.6
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.napd._ref_m, s.napd._ref_h, s._ref_ina, s.napd._ref_mtau)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s.napd._ref_m, s.napd._ref_h, s._ref_ina)]
    h.finitialize(-70); h.batch_run(50, 0.25, out, 'persistent Na (derivimplicit) with hh at 34 degC')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v m_napd h_napd ina\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    h.celsius = 6.3
    return [soma, ic, rec]

def kkin_6(out):
    h.celsius = 6.3
    ax = h.Section(name="axon"); ax.L = 200; ax.diam = 4; ax.nseg = 5; ax.Ra = 120
    ax.insert("hh"); ax.insert("kkin")
    for seg in ax: seg.hh.gkbar = 0; seg.kkin.gbar = 0.036
    ic = h.IClamp(ax(0.1)); ic.delay = 2; ic.dur = 20; ic.amp = 0.4
    s = ax(0.5)
    h.batch_save(); h.batch_save(h._ref_t, ax(0.1)._ref_v, s._ref_v, ax(0.9)._ref_v, s.kkin._ref_C0, s.kkin._ref_C1,
                                 s.kkin._ref_C2, s.kkin._ref_O, s._ref_ik)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s.kkin._ref_C0, s.kkin._ref_O, s._ref_ik)]
    h.finitialize(-65); h.batch_run(30, 0.1, out, 'kinetic-scheme K (sparse, CONSERVE) on a 5-segment cable, 6.3 degC')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v C0_kkin O_kkin ik\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    return [ax, ic, rec]

def kkin_34(out):
    h.celsius = 34
    ax = h.Section(name="axon"); ax.L = 200; ax.diam = 4; ax.nseg = 5; ax.Ra = 120
    ax.insert("hh"); ax.insert("kkin")
    for seg in ax: seg.hh.gkbar = 0; seg.kkin.gbar = 0.036
    ic = h.IClamp(ax(0.1)); ic.delay = 2; ic.dur = 20; ic.amp = 1.5
    s = ax(0.5)
    h.batch_save(); h.batch_save(h._ref_t, ax(0.1)._ref_v, s._ref_v, ax(0.9)._ref_v, s.kkin._ref_C0, s.kkin._ref_C1,
                                 s.kkin._ref_C2, s.kkin._ref_O, s._ref_ik)
    h.finitialize(-65); h.batch_run(30, 0.1, out, 'kinetic-scheme K on a cable, 34 degC')
    h.celsius = 6.3
    return [ax, ic]

def caghk_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("caghk")
    ic = h.IClamp(soma(0.5)); ic.delay = 3; ic.dur = 25; ic.amp = 0.2
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.caghk._ref_m, s.caghk._ref_h, s._ref_ica, s._ref_cai, s._ref_cao, s._ref_eca)
    h.finitialize(-65); h.batch_run(30, 0.1, out, 'GHK calcium current at 6.3 degC (cai, cao fixed)')
    return [soma, ic]

def caghk_34(out):
    h.celsius = 34
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("caghk")
    ic = h.IClamp(soma(0.5)); ic.delay = 3; ic.dur = 25; ic.amp = 0.6
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.caghk._ref_m, s.caghk._ref_h, s._ref_ica, s._ref_cai, s._ref_cao, s._ref_eca)
    h.finitialize(-65); h.batch_run(30, 0.1, out, 'GHK calcium current at 34 degC')
    h.celsius = 6.3
    return [soma, ic]

def caghk_ion(out):
    h.cao0_ca_ion = 3; h.cai0_ca_ion = 1e-4
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("caghk")
    for seg in soma: seg.caghk.pbar = 4e-4
    dend = h.Section(name="dend"); dend.L = 50; dend.diam = 3; dend.nseg = 2; dend.connect(soma(1))
    dend.insert("pas"); dend.insert("caghk"); dend.insert("capool")
    ic = h.IClamp(soma(0.5)); ic.delay = 3; ic.dur = 25; ic.amp = 0.2
    s = soma(0.5); d = dend(0.75)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s._ref_ica, s._ref_cai, s._ref_cao, s._ref_eca,
                                 d._ref_v, d._ref_ica, d._ref_cai, d._ref_cao, d._ref_eca)
    h.finitialize(-65); h.batch_run(30, 0.1, out, 'cao0_ca_ion=3 cai0_ca_ion=1e-4; soma reads cai/cao only, dend has a pool writing cai')
    h.cao0_ca_ion = 2; h.cai0_ca_ion = 5e-5
    return [soma, dend, ic]

def capool_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("canst"); soma.insert("capool")
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.2
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.canst._ref_m, s.canst._ref_h, s._ref_ica, s._ref_cai, s._ref_eca, s._ref_cao)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'Ca pool writing cai, T-type channel reading eca (Nernst), 6.3 degC')
    return [soma, ic]

def capool_34(out):
    h.celsius = 34
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("canst"); soma.insert("capool")
    for seg in soma: seg.capool.taur = 50
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.6
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.canst._ref_m, s.canst._ref_h, s._ref_ica, s._ref_cai, s._ref_eca, s._ref_cao)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s._ref_cai, s._ref_eca, s._ref_ica)]
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'Ca pool and Nernst eca at 34 degC')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v cai eca ica\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    h.celsius = 6.3
    return [soma, ic, rec]

def kcax_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("canst"); soma.insert("capool")
    soma.insert("kcax")
    for seg in soma: seg.canst.gbar = 0.004; seg.kcax.gbar = 0.005
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.25
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.kcax._ref_o, s._ref_ik, s._ref_ica, s._ref_cai, s._ref_eca)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'Ca-activated K reading cai from the pool, 6.3 degC')
    return [soma, ic]

def kcax_34(out):
    h.celsius = 34
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("canst"); soma.insert("capool")
    soma.insert("kcax")
    for seg in soma: seg.canst.gbar = 0.004; seg.kcax.gbar = 0.005
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.6
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.kcax._ref_o, s._ref_ik, s._ref_ica, s._ref_cai, s._ref_eca)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'Ca-activated K at 34 degC')
    h.celsius = 6.3
    return [soma, ic]

def ihx_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 30; soma.diam = 30; soma.insert("pas"); soma.insert("ihx")
    for seg in soma: seg.pas.g = 5e-5; seg.pas.e = -65; seg.ihx.gbar = 0.0005
    ic = h.IClamp(soma(0.5)); ic.delay = 2; ic.dur = 20; ic.amp = -0.15
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.ihx._ref_q, s.ihx._ref_ih, s.ihx._ref_qtau)
    h.finitialize(-65); h.batch_run(40, 0.25, out, 'Ih (NONSPECIFIC_CURRENT, own eh) sag and rebound at 6.3 degC')
    return [soma, ic]

def ihx_34(out):
    h.celsius = 34
    soma = h.Section(name="soma"); soma.L = 30; soma.diam = 30; soma.insert("pas"); soma.insert("ihx")
    for seg in soma: seg.pas.g = 5e-5; seg.pas.e = -65; seg.ihx.gbar = 0.0005; seg.ihx.eh = -40
    ic = h.IClamp(soma(0.5)); ic.delay = 2; ic.dur = 20; ic.amp = -0.15
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s.ihx._ref_q, s.ihx._ref_ih, s.ihx._ref_qtau)
    h.finitialize(-65); h.batch_run(40, 0.25, out, 'Ih at 34 degC, eh_ihx = -40')
    h.celsius = 6.3
    return [soma, ic]

def mix_6(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20
    for m in ("ihx", "kcax", "capool", "caghk", "hh"): soma.insert(m)
    dend = h.Section(name="dend"); dend.L = 150; dend.diam = 2; dend.nseg = 3; dend.connect(soma(1))
    for m in ("pas", "canst", "capool", "kadt"): dend.insert(m)
    for seg in soma: seg.ihx.gbar = 0.0003; seg.kcax.gbar = 0.003; seg.caghk.pbar = 1e-4
    for seg in dend: seg.pas.g = 1e-4; seg.pas.e = -65; seg.kadt.gbar = 0.005
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.3
    s = soma(0.5); d = dend(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s._ref_cai, s._ref_ica, s._ref_ik, s._ref_ina, s.ihx._ref_ih, s.kcax._ref_o,
                                 s._ref_eca, d._ref_v, d._ref_cai, d._ref_eca, d._ref_ica)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'soma: hh caghk capool kcax ihx; dend: pas canst capool kadt; 6.3 degC')
    return [soma, dend, ic]

def mix_34(out):
    h.celsius = 34
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20
    for m in ("ihx", "kcax", "capool", "caghk", "hh"): soma.insert(m)
    dend = h.Section(name="dend"); dend.L = 150; dend.diam = 2; dend.nseg = 3; dend.connect(soma(1))
    for m in ("pas", "canst", "capool", "kadt"): dend.insert(m)
    for seg in soma: seg.ihx.gbar = 0.0003; seg.kcax.gbar = 0.003; seg.caghk.pbar = 1e-4
    for seg in dend: seg.pas.g = 1e-4; seg.pas.e = -65; seg.kadt.gbar = 0.005
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.8
    s = soma(0.5); d = dend(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s._ref_cai, s._ref_ica, s._ref_ik, s._ref_ina, s.ihx._ref_ih, s.kcax._ref_o,
                                 s._ref_eca, d._ref_v, d._ref_cai, d._ref_eca, d._ref_ica)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s._ref_cai, s._ref_ica, s._ref_ik, d._ref_v, d._ref_cai, d._ref_eca)]
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'the mixed cell at 34 degC')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v cai ica ik dend.v dend.cai dend.eca\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    h.celsius = 6.3
    return [soma, dend, ic, rec]

def cascsyn(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh")
    syn = h.CascSyn(soma(0.5)); syn.tau1 = 0.8; syn.tau2 = 5; syn.e = 0
    ns = h.NetStim(); ns.start = 2; ns.interval = 6; ns.number = 5; ns.noise = 0
    nc = h.NetCon(ns, syn); nc.delay = 1; nc.weight[0] = 0.004
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, syn._ref_xmit, syn._ref_cond, syn._ref_g, syn._ref_i)
    h.finitialize(-65); h.batch_run(40, 0.25, out, 'CascSyn (NET_RECEIVE, two-stage cascade) driven by NetStim')
    return [soma, syn, ns, nc]

def cascsyn_three(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh")
    dend = h.Section(name="dend"); dend.L = 100; dend.diam = 1.5; dend.nseg = 3; dend.insert("pas"); dend.connect(soma(1))
    s1 = h.CascSyn(soma(0.5)); s1.tau1 = 0.3; s1.tau2 = 3
    s2 = h.CascSyn(soma(0.5)); s2.tau1 = 2; s2.tau2 = 8; s2.e = -75
    s3 = h.CascSyn(dend(0.8)); s3.tau1 = 0.5; s3.tau2 = 4
    ns1 = h.NetStim(); ns1.start = 1; ns1.interval = 5; ns1.number = 6; ns1.noise = 0
    ns2 = h.NetStim(); ns2.start = 3.5; ns2.interval = 7; ns2.number = 4; ns2.noise = 0
    nc1 = h.NetCon(ns1, s1); nc1.delay = 0.5; nc1.weight[0] = 0.003
    nc2 = h.NetCon(ns2, s2); nc2.delay = 1; nc2.weight[0] = 0.004
    nc3 = h.NetCon(ns1, s3); nc3.delay = 2; nc3.weight[0] = 0.006
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, dend(0.8)._ref_v, s1._ref_g, s2._ref_g, s3._ref_g, s1._ref_i, s2._ref_i, s3._ref_i)
    # every step to 17 digits: the order in which the two soma synapses' currents are summed shows only in the last bits
    rec = [h.Vector().record(r) for r in (h._ref_t, soma(0.5)._ref_v, dend(0.8)._ref_v)]
    h.finitialize(-65); h.batch_run(35, 0.25, out, 'two CascSyn on one segment, a third on the dendrite')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t soma_v dend_v\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    return [soma, dend, s1, s2, s3, ns1, ns2, nc1, nc2, nc3, rec]

def ifref(out):
    ns = h.NetStim(); ns.start = 1; ns.interval = 2; ns.number = 30; ns.noise = 0
    c1 = h.IFRef(); c1.tau = 8; c1.refrac = 4; c1.kick = 0.45; c1.kickdel = 6
    c2 = h.IFRef(); c2.tau = 15; c2.refrac = 3; c2.kick = 0.2; c2.kickdel = 5
    nc1 = h.NetCon(ns, c1); nc1.delay = 0.5; nc1.weight[0] = 0.4
    nc2 = h.NetCon(c1, c2); nc2.delay = 1.5; nc2.weight[0] = 0.7
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh")
    syn = h.CascSyn(soma(0.5)); syn.tau1 = 0.5; syn.tau2 = 3
    nc3 = h.NetCon(c2, syn); nc3.delay = 1; nc3.weight[0] = 0.01
    sp1 = h.Vector(); sp2 = h.Vector()
    r1 = h.NetCon(c1, None); r1.record(sp1)
    r2 = h.NetCon(c2, None); r2.record(sp2)
    h.batch_save(); h.batch_save(h._ref_t, c1._ref_m, c2._ref_m, c1._ref_nspike, c2._ref_nspike, soma(0.5)._ref_v, syn._ref_g)
    h.finitialize(-65); h.batch_run(60, 0.5, out, 'IFRef (net_send flags 1 and 2) -> IFRef -> CascSyn on an hh soma')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('cell spike_time\n')
        for x in sp1: f.write('1 %.17g\n' % x)
        for x in sp2: f.write('2 %.17g\n' % x)
    return [ns, c1, c2, nc1, nc2, soma, syn, nc3, sp1, sp2, r1, r2]


def casyn(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("pas"); soma.insert("capool")
    for seg in soma: seg.pas.g = 1e-4; seg.pas.e = -65; seg.capool.taur = 80
    syn = h.CaSyn(soma(0.5)); syn.tau = 8; syn.pca = 0.2
    syn2 = h.CaSyn(soma(0.5)); syn2.tau = 3; syn2.pca = 0.05; syn2.e = -10
    ns = h.NetStim(); ns.start = 2; ns.interval = 7; ns.number = 5; ns.noise = 0
    nc = h.NetCon(ns, syn); nc.delay = 1; nc.weight[0] = 0.003
    nc2 = h.NetCon(ns, syn2); nc2.delay = 2; nc2.weight[0] = 0.002
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, syn._ref_g, syn._ref_i, s._ref_ica, s._ref_cai, s._ref_eca)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s._ref_cai, s._ref_eca)]
    h.finitialize(-65); h.batch_run(40, 0.25, out, 'two CaSyn (USEION ca WRITE ica in a point process) filling a pool')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v cai eca\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    return [soma, syn, syn2, ns, nc, nc2, rec]


def depsyn(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("pas")
    for seg in soma: seg.pas.g = 1e-4; seg.pas.e = -65
    syn = h.DepSyn(soma(0.5)); syn.tau = 4; syn.use = 0.5; syn.trec = 30
    fast = h.NetStim(); fast.start = 2; fast.interval = 4; fast.number = 8; fast.noise = 0
    slow = h.NetStim(); slow.start = 5; slow.interval = 15; slow.number = 3; slow.noise = 0
    nc1 = h.NetCon(fast, syn); nc1.delay = 1; nc1.weight[0] = 0.004
    nc2 = h.NetCon(slow, syn); nc2.delay = 0.5; nc2.weight[0] = 0.006
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, syn._ref_g, syn._ref_i)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'DepSyn: per-NetCon resources set by NET_RECEIVE INITIAL')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('netcon avail tlast\n')
        for k, nc in enumerate((nc1, nc2)): f.write('%d %.17g %.17g\n' % (k + 1, nc.weight[1], nc.weight[2]))
    return [soma, syn, fast, slow, nc1, nc2]


def cabuf(out):
    h.celsius = 6.3
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh"); soma.insert("canst"); soma.insert("cabuf")
    for seg in soma: seg.canst.gbar = 0.003
    ic = h.IClamp(soma(0.5)); ic.delay = 5; ic.dur = 30; ic.amp = 0.2
    s = soma(0.5)
    h.batch_save(); h.batch_save(h._ref_t, s._ref_v, s._ref_cai, s.cabuf._ref_B, s.cabuf._ref_CaB, s._ref_ica, s._ref_eca)
    rec = [h.Vector().record(r) for r in (h._ref_t, s._ref_v, s._ref_cai, s.cabuf._ref_B)]
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'calcium shell with a buffer: nonlinear KINETIC, COMPARTMENT, fluxes, STEADYSTATE')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('t v cai B_cabuf\n')
        for row in zip(*rec): f.write(' '.join('%.17g' % x for x in row) + '\n')
    return [soma, ic, rec]


def vwatch(out):
    soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20; soma.insert("hh")
    ic = h.IClamp(soma(0.5)); ic.delay = 2; ic.dur = 40; ic.amp = 0.15
    det = h.VWatch(soma(0.5)); det.thresh = -10
    det2 = h.VWatch(soma(0.5)); det2.thresh = 0
    spikes = h.Vector(); nc = h.NetCon(det, None); nc.record(spikes)
    syn = h.CascSyn(soma(0.5)); syn.tau1 = 0.5; syn.tau2 = 2; syn.e = -80
    inh = h.NetCon(det2, syn); inh.delay = 2; inh.weight[0] = 0.002
    h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, det._ref_n, det._ref_tlast, det2._ref_n, syn._ref_g)
    h.finitialize(-65); h.batch_run(50, 0.25, out, 'VWatch (WATCH with hysteresis) detecting spikes, one inhibiting back')
    with open(out[:-4] + '.txt', 'w') as f:
        f.write('spike_time\n')
        for x in spikes: f.write('%.17g\n' % x)
    return [soma, ic, det, det2, spikes, nc, syn, inh]

CASES = [hhx_seed, hhx_train, kadt_6, kadt_34, kadt_global, kadt_notable, napd_6, napd_34, kkin_6, kkin_34,
         caghk_6, caghk_34, caghk_ion, capool_6, capool_34, kcax_6, kcax_34, ihx_6, ihx_34, mix_6, mix_34,
         cascsyn, cascsyn_three, ifref, casyn, depsyn, cabuf, vwatch]
