TITLE casyn.mod  a synapse whose current is partly carried by calcium

COMMENT
A single-exponential synaptic conductance g (decay tau) opened by each event by
its weight (uS). A fraction pca of the conductance passes calcium, driven by the
calcium reversal potential; the rest is a cation current with reversal e:
  ica = pca g (v - eca),  i = (1 - pca) g (v - e),  g' = -g/tau
(the calcium share of NMDA- or nicotinic-receptor currents, reduced to a fixed
fraction). Its calcium current fills whatever pool the section has.
ENDCOMMENT

NEURON {
	POINT_PROCESS CaSyn
	USEION ca READ eca WRITE ica
	NONSPECIFIC_CURRENT i
	RANGE tau, e, pca, g
}

UNITS {
	(nA) = (nanoamp)
	(mV) = (millivolt)
	(uS) = (microsiemens)
}

PARAMETER {
	tau = 5 (ms) <1e-9,1e9>
	e = 0 (mV)
	pca = 0.1 <0,1>
}

ASSIGNED {
	v (mV)
	eca (mV)
	ica (nA)
	i (nA)
}

STATE { g (uS) }

INITIAL { g = 0 }

BREAKPOINT {
	SOLVE decay METHOD cnexp
	ica = pca*g*(v - eca)
	i = (1 - pca)*g*(v - e)
}

DERIVATIVE decay {
	g' = -g/tau
}

NET_RECEIVE(weight (uS)) {
	g = g + weight
}
