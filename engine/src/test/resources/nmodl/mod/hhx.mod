TITLE hhx.mod  Hodgkin-Huxley squid axon Na, K and leak (the project's own text)

COMMENT
Implements the equations of Hodgkin AL, Huxley AF (1952) J Physiol 117:500-544,
with voltage in modern sign convention and rest shifted to -65 mV, and with the
same arithmetic as NEURON 8.2's built-in hh: identical rate expressions
(including the x/(exp(x/y)-1) singularity guard), identical q10 = 3^((T-6.3)/10),
identical rate TABLE (-100..100 mV, 200 intervals, depends on celsius), cnexp
integration and identical statement order, so that a model using hhx prints the
same numbers as the same model using hh.
ENDCOMMENT

UNITS {
	(mA) = (milliamp)
	(mV) = (millivolt)
	(S) = (siemens)
}

NEURON {
	SUFFIX hhx
	USEION na READ ena WRITE ina
	USEION k READ ek WRITE ik
	NONSPECIFIC_CURRENT il
	RANGE gnabar, gkbar, gl, el, gna, gk
	GLOBAL minf, hinf, ninf, mtau, htau, ntau
	THREADSAFE
}

PARAMETER {
	gnabar = .12 (S/cm2) <0,1e9>   : peak sodium conductance
	gkbar = .036 (S/cm2) <0,1e9>   : peak potassium conductance
	gl = .0003 (S/cm2) <0,1e9>     : leak conductance
	el = -54.3 (mV)                : leak reversal
}

STATE { m h n }

ASSIGNED {
	v (mV)
	celsius (degC)
	ena (mV)
	ek (mV)
	gna (S/cm2)
	gk (S/cm2)
	ina (mA/cm2)
	ik (mA/cm2)
	il (mA/cm2)
	minf hinf ninf
	mtau (ms) htau (ms) ntau (ms)
}

BREAKPOINT {
	SOLVE gates METHOD cnexp
	gna = gnabar*m*m*m*h
	ina = gna*(v - ena)
	gk = gkbar*n*n*n*n
	ik = gk*(v - ek)
	il = gl*(v - el)
}

INITIAL {
	rates(v)
	m = minf
	h = hinf
	n = ninf
}

DERIVATIVE gates {
	rates(v)
	m' = (minf - m)/mtau
	h' = (hinf - h)/htau
	n' = (ninf - n)/ntau
}

PROCEDURE rates(v (mV)) {
	LOCAL fwd, bwd, tot, qt
	TABLE minf, mtau, hinf, htau, ninf, ntau DEPEND celsius FROM -100 TO 100 WITH 200
UNITSOFF
	qt = 3^((celsius - 6.3)/10)
	: Na activation m
	fwd = .1 * linoid(-(v+40), 10)
	bwd = 4 * exp(-(v+65)/18)
	tot = fwd + bwd
	mtau = 1/(qt*tot)
	minf = fwd/tot
	: Na inactivation h
	fwd = .07 * exp(-(v+65)/20)
	bwd = 1 / (exp(-(v+35)/10) + 1)
	tot = fwd + bwd
	htau = 1/(qt*tot)
	hinf = fwd/tot
	: K activation n
	fwd = .01*linoid(-(v+55), 10)
	bwd = .125*exp(-(v+65)/80)
	tot = fwd + bwd
	ntau = 1/(qt*tot)
	ninf = fwd/tot
}

FUNCTION linoid(x, y) {
	: x/(exp(x/y)-1), with its limit near x = 0
	if (fabs(x/y) < 1e-6) {
		linoid = y*(1 - x/y/2)
	} else {
		linoid = x/(exp(x/y) - 1)
	}
}
UNITSON
