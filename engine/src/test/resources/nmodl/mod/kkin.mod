TITLE kkin.mod  delayed-rectifier K channel as a 4-state kinetic scheme

COMMENT
The Hodgkin-Huxley (1952) potassium conductance written as the Markov scheme
equivalent to three independent gates (n^3 form, cf. Hille, Ion Channels of
Excitable Membranes, ch. 2, and Armstrong 1969):
  C0 <-> C1 <-> C2 <-> O   with forward rates 3a, 2a, a and backward rates b, 2b, 3b
  a = 0.01 (v+55)/(1 - exp(-(v+55)/10)),  b = 0.125 exp(-(v+65)/80)   (1/ms at 6.3 degC)
both multiplied by 3^((celsius-6.3)/10);  ik = gbar * O * (v - ek).
Solved with KINETIC ... METHOD sparse, the populations CONSERVEd to 1, and started
from the steady state (STEADYSTATE sparse) in INITIAL.
ENDCOMMENT

NEURON {
	SUFFIX kkin
	USEION k READ ek WRITE ik
	RANGE gbar, g
}

UNITS {
	(mA) = (milliamp)
	(mV) = (millivolt)
	(S) = (siemens)
}

PARAMETER {
	gbar = 0.03 (S/cm2)
}

ASSIGNED {
	v (mV)
	ek (mV)
	ik (mA/cm2)
	g (S/cm2)
	celsius (degC)
	fa (/ms)
	ba (/ms)
}

STATE { C0 C1 C2 O }

BREAKPOINT {
	SOLVE scheme METHOD sparse
	g = gbar*O
	ik = g*(v - ek)
}

INITIAL {
	SOLVE scheme STEADYSTATE sparse
}

KINETIC scheme {
	speeds(v)
	~ C0 <-> C1 (3*fa, ba)
	~ C1 <-> C2 (2*fa, 2*ba)
	~ C2 <-> O  (fa, 3*ba)
	CONSERVE C0 + C1 + C2 + O = 1
}

UNITSOFF
PROCEDURE speeds(v (mV)) {
	LOCAL tq, x
	tq = 3^((celsius - 6.3)/10)
	x = -(v + 55)/10
	if (fabs(x) < 1e-6) {
		fa = tq*0.1*(1 - x/2)
	} else {
		fa = tq*0.01*(v + 55)/(1 - exp(x))
	}
	ba = tq*0.125*exp(-(v + 65)/80)
}
UNITSON
