TITLE caghk.mod  high-voltage-activated calcium current with a GHK flux

COMMENT
Calcium current through a permeability, by the Goldman-Hodgkin-Katz current
equation (Goldman 1943; Hodgkin & Katz 1949; Hille, Ion Channels, eq. 14.7):
  ica = pbar * m^2 * h * ghk(v, cai, cao)
  ghk = z^2 F^2 v/(R T) * (cai - cao exp(-z F v/(R T)))/(1 - exp(-z F v/(R T))),  z = 2
written as 2 F (cai efun(-w) - cao efun(w)) with w = 2 F v/(R T) and efun(w) = w/(exp(w) - 1).
Gating is a Boltzmann fit of HVA (L-type-like) currents as in Kay & Wong (1987) /
McCormick & Huguenard (1992):  m_inf = 1/(1 + exp(-(v+25)/6)), tau_m = 1.5 ms,
h_inf = 1/(1 + exp((v+40)/9)), tau_h = 80 ms, both time constants divided by
3^((celsius-22)/10). F and R are NEURON's unit-database values.
ENDCOMMENT

NEURON {
	SUFFIX caghk
	USEION ca READ cai, cao WRITE ica
	RANGE pbar
	GLOBAL mtc, htc
}

UNITS {
	(mA) = (milliamp)
	(mV) = (millivolt)
	(mM) = (milli/liter)
	FARADAY = (faraday) (coulomb)
	R = (k-mole) (joule/degC)
}

PARAMETER {
	pbar = 2e-4 (cm/s)
	mtc = 1.5 (ms)
	htc = 80 (ms)
}

ASSIGNED {
	v (mV)
	celsius (degC)
	cai (mM)
	cao (mM)
	ica (mA/cm2)
	minf hinf
	mtau (ms) htau (ms)
}

STATE { m h }

BREAKPOINT {
	SOLVE gating METHOD cnexp
	ica = pbar*m*m*h*ghk(v, cai, cao)
}

INITIAL {
	steady(v)
	m = minf
	h = hinf
}

DERIVATIVE gating {
	steady(v)
	m' = (minf - m)/mtau
	h' = (hinf - h)/htau
}

UNITSOFF
PROCEDURE steady(v (mV)) {
	LOCAL tf
	tf = 3^((celsius - 22)/10)
	minf = 1/(1 + exp(-(v + 25)/6))
	mtau = mtc/tf
	hinf = 1/(1 + exp((v + 40)/9))
	htau = htc/tf
}

FUNCTION ghk(v (mV), ci (mM), co (mM)) (mA/cm2) {
	LOCAL w
	w = (0.001)*2*FARADAY*v/(R*(celsius + 273.15))
	ghk = (0.001)*2*FARADAY*(ci*efun(-w) - co*efun(w))
}

FUNCTION efun(w) {
	if (fabs(w) < 1e-4) {
		efun = 1 - w/2
	} else {
		efun = w/(exp(w) - 1)
	}
}
UNITSON
