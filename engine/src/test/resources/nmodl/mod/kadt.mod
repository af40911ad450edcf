TITLE kadt.mod  transient A-type potassium current (Connor-Stevens form)

COMMENT
Implements the A-current of Connor JA, Stevens CF (1971) J Physiol 213:31-53 in the
parameterisation of Connor, Walter, McKown (1977) Biophys J 18:81-102 as given in
Dayan & Abbott, Theoretical Neuroscience (2001), eqs. 6.3-6.4:
  ik = gbar * a^3 * b * (v - ek)
  a_inf = (0.0761 exp((v+94.22)/31.84) / (1 + exp((v+1.17)/28.93)))^(1/3)
  tau_a = 0.3632 + 1.158/(1 + exp((v+55.96)/20.12))
  b_inf = (1 + exp((v+53.3)/14.54))^(-4)
  tau_b = 1.24 + 2.678/(1 + exp((v+50)/16.027))
Time constants are divided by q10^((celsius - tbase)/10). The GLOBAL vshift moves
both curves along the voltage axis. Rates come from a PROCEDURE with a TABLE.
ENDCOMMENT

NEURON {
	SUFFIX kadt
	USEION k READ ek WRITE ik
	RANGE gbar, g
	GLOBAL vshift, q10, tbase, ainf, binf, atau, btau
}

UNITS {
	(mA) = (milliamp)
	(mV) = (millivolt)
	(S) = (siemens)
}

PARAMETER {
	gbar = 0.0477 (S/cm2) <0,1e9>
	vshift = 0 (mV)          : depolarising shift of both gates
	q10 = 3                  : temperature factor per 10 degC
	tbase = 18 (degC)        : temperature of the original measurements
}

ASSIGNED {
	v (mV)
	ek (mV)
	ik (mA/cm2)
	g (S/cm2)
	celsius (degC)
	ainf binf
	atau (ms) btau (ms)
}

STATE { a b }

BREAKPOINT {
	SOLVE kin METHOD cnexp
	g = gbar*a^3*b
	ik = g*(v - ek)
}

INITIAL {
	rates(v)
	a = ainf
	b = binf
}

DERIVATIVE kin {
	rates(v)
	a' = (ainf - a)/atau
	b' = (binf - b)/btau
}

PROCEDURE rates(v (mV)) {
	LOCAL tfac, u
	TABLE ainf, atau, binf, btau DEPEND celsius, vshift, q10, tbase FROM -100 TO 100 WITH 200
UNITSOFF
	tfac = q10^((celsius - tbase)/10)
	u = v - vshift
	ainf = (0.0761*exp((u + 94.22)/31.84)/(1 + exp((u + 1.17)/28.93)))^(1/3)
	atau = (0.3632 + 1.158/(1 + exp((u + 55.96)/20.12)))/tfac
	binf = 1/(1 + exp((u + 53.3)/14.54))^4
	btau = (1.24 + 2.678/(1 + exp((u + 50)/16.027)))/tfac
UNITSON
}
