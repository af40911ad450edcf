TITLE canst.mod  calcium conductance driven by the Nernst potential eca

COMMENT
A low-threshold (T-type) calcium current in the Hodgkin-Huxley form of
Huguenard JR, McCormick DA (1992) J Neurophysiol 68:1373-1383 and Destexhe et al.
(1998), written with a conductance and the ion's reversal potential:
  ica = gbar * m^2 * h * (v - eca)
  m_inf = 1/(1 + exp(-(v+57)/6.2)),  tau_m = 0.612 + 1/(exp(-(v+132)/16.7) + exp((v+16.8)/18.2))
  h_inf = 1/(1 + exp((v+81)/4)),     tau_h = 28 + exp(-(v+22)/10.5) for v >= -81, else exp((v+467)/66.6)
time constants divided by 3^((celsius-24)/10). eca is READ, so NEURON recomputes it
from cai and cao by the Nernst equation whenever a mechanism writes cai.
ENDCOMMENT

NEURON {
	SUFFIX canst
	USEION ca READ eca WRITE ica
	RANGE gbar, g
}

UNITS {
	(mA) = (milliamp)
	(mV) = (millivolt)
	(S) = (siemens)
}

PARAMETER {
	gbar = 0.002 (S/cm2)
}

ASSIGNED {
	v (mV)
	eca (mV)
	ica (mA/cm2)
	g (S/cm2)
	celsius (degC)
	minf hinf
	mtau (ms) htau (ms)
}

STATE { m h }

BREAKPOINT {
	SOLVE gates METHOD cnexp
	g = gbar*m*m*h
	ica = g*(v - eca)
}

INITIAL {
	tgate(v)
	m = minf
	h = hinf
}

DERIVATIVE gates {
	tgate(v)
	m' = (minf - m)/mtau
	h' = (hinf - h)/htau
}

UNITSOFF
PROCEDURE tgate(v (mV)) {
	LOCAL tf
	tf = 3^((celsius - 24)/10)
	minf = 1/(1 + exp(-(v + 57)/6.2))
	mtau = (0.612 + 1/(exp(-(v + 132)/16.7) + exp((v + 16.8)/18.2)))/tf
	hinf = 1/(1 + exp((v + 81)/4))
	if (v < -81) {
		htau = exp((v + 467)/66.6)/tf
	} else {
		htau = (28 + exp(-(v + 22)/10.5))/tf
	}
}
UNITSON
