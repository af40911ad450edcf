TITLE napd.mod  persistent sodium current, solved by derivimplicit

COMMENT
Persistent (non-inactivating on the ms scale) Na current with the activation
kinetics of Magistretti J, Alonso A (1999) J Gen Physiol 114:491-509 and slow
inactivation (their Table 1 / Fig. 8 fits):
  ina = gbar * m * h * (v - ena)
  alpha_m = 0.091 (v+38)/(1 - exp(-(v+38)/5)),  beta_m = -0.062 (v+38)/(1 - exp((v+38)/5))
  m_inf = 1/(1 + exp(-(v+52.6)/4.6)),  tau_m = 6/(alpha_m + beta_m)
  alpha_h = -2.88e-6 (v+17)/(1 - exp((v+17)/4.63)),  beta_h = 6.94e-6 (v+64.4)/(1 - exp(-(v+64.4)/2.63))
  h_inf = 1/(1 + exp((v+48.8)/10)),  tau_h = 1/(alpha_h + beta_h)
Time constants scale with 2.7^((celsius-24)/10). The DERIVATIVE block calls the
PROCEDURE settle(v) and is integrated with METHOD derivimplicit; no TABLE.
ENDCOMMENT

NEURON {
	SUFFIX napd
	USEION na READ ena WRITE ina
	RANGE gbar, minf, hinf, mtau, htau
}

UNITS {
	(mA) = (milliamp)
	(mV) = (millivolt)
	(S) = (siemens)
}

PARAMETER {
	gbar = 0.0005 (S/cm2)
	tslope = 6         : scales the activation time constant
}

ASSIGNED {
	v (mV)
	ena (mV)
	ina (mA/cm2)
	celsius (degC)
	minf hinf
	mtau (ms) htau (ms)
}

STATE { m h }

BREAKPOINT {
	SOLVE drift METHOD derivimplicit
	ina = gbar*m*h*(v - ena)
}

INITIAL {
	settle(v)
	m = minf
	h = hinf
}

DERIVATIVE drift {
	settle(v)
	m' = (minf - m)/mtau
	h' = (hinf - h)/htau
}

UNITSOFF
PROCEDURE settle(v (mV)) {
	LOCAL am, bm, ah, bh, tk
	tk = 2.7^((celsius - 24)/10)
	am = 0.091*lin(v + 38, 5)
	bm = 0.062*lin(-(v + 38), 5)
	minf = 1/(1 + exp(-(v + 52.6)/4.6))
	mtau = tslope/(am + bm)/tk
	ah = 2.88e-6*lin(-(v + 17), 4.63)
	bh = 6.94e-6*lin(v + 64.4, 2.63)
	hinf = 1/(1 + exp((v + 48.8)/10))
	htau = 1/(ah + bh)/tk
}

FUNCTION lin(x, k) {
	: x/(1 - exp(-x/k)), continuous at x = 0 where it equals k
	if (fabs(x/k) < 1e-6) {
		lin = k*(1 + x/k/2)
	} else {
		lin = x/(1 - exp(-x/k))
	}
}
UNITSON
