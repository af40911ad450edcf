TITLE kcax.mod  calcium-activated potassium (AHP) current

COMMENT
Ca-dependent K current of the form of Destexhe A, Contreras D, Sejnowski TJ,
Steriade M (1994) J Neurophysiol 72:803-818: a gate opened by the binding of two
calcium ions,  C + 2 Ca(i) <-> O  with forward rate alpha*cai^2 and backward beta:
  o_inf = alpha cai^2/(alpha cai^2 + beta),  tau_o = 1/(alpha cai^2 + beta) / 3^((celsius-22)/10)
  ik = gbar * o * (v - ek)
cai is READ from the ca ion (written by a pool mechanism); ek from the k ion.
ENDCOMMENT

NEURON {
	SUFFIX kcax
	USEION k READ ek WRITE ik
	USEION ca READ cai
	RANGE gbar, oinf, otau
	GLOBAL alpha, beta
}

UNITS {
	(mA) = (milliamp)
	(mV) = (millivolt)
	(mM) = (milli/liter)
	(S) = (siemens)
}

PARAMETER {
	gbar = 0.01 (S/cm2)
	alpha = 48 (/ms-mM2)
	beta = 0.03 (/ms)
}

ASSIGNED {
	v (mV)
	ek (mV)
	ik (mA/cm2)
	cai (mM)
	celsius (degC)
	oinf
	otau (ms)
}

STATE { o }

BREAKPOINT {
	SOLVE bind METHOD cnexp
	ik = gbar*o*(v - ek)
}

INITIAL {
	occupancy(cai)
	o = oinf
}

DERIVATIVE bind {
	occupancy(cai)
	o' = (oinf - o)/otau
}

UNITSOFF
PROCEDURE occupancy(c (mM)) {
	LOCAL on
	on = alpha*c*c
	oinf = on/(on + beta)
	otau = 1/(on + beta)/3^((celsius - 22)/10)
}
UNITSON
