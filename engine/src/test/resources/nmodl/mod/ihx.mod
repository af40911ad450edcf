TITLE ihx.mod  hyperpolarisation-activated cation current Ih

COMMENT
The h-current of thalamic relay neurons, Huguenard JR, McCormick DA (1992)
J Neurophysiol 68:1373-1383 (first-order form):
  ih = gbar * q * (v - eh),  eh = -43 mV (mixed Na/K reversal)
  q_inf = 1/(1 + exp((v+75)/5.5))
  tau_q = 1/(exp(-14.59 - 0.086 v) + exp(-1.87 + 0.0701 v))  ms
tau_q divided by 3^((celsius-36)/10). A NONSPECIFIC_CURRENT with its own reversal.
ENDCOMMENT

NEURON {
	SUFFIX ihx
	NONSPECIFIC_CURRENT ih
	RANGE gbar, eh, qinf, qtau
}

UNITS {
	(mA) = (milliamp)
	(mV) = (millivolt)
	(S) = (siemens)
}

PARAMETER {
	gbar = 0.0002 (S/cm2)
	eh = -43 (mV)
}

ASSIGNED {
	v (mV)
	ih (mA/cm2)
	celsius (degC)
	qinf
	qtau (ms)
}

STATE { q }

BREAKPOINT {
	SOLVE relax METHOD cnexp
	ih = gbar*q*(v - eh)
}

INITIAL {
	hrates(v)
	q = qinf
}

DERIVATIVE relax {
	hrates(v)
	q' = (qinf - q)/qtau
}

UNITSOFF
PROCEDURE hrates(v (mV)) {
	qinf = 1/(1 + exp((v + 75)/5.5))
	qtau = 1/(exp(-14.59 - 0.086*v) + exp(-1.87 + 0.0701*v))/3^((celsius - 36)/10)
}
UNITSON
