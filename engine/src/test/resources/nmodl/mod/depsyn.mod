TITLE depsyn.mod  a depressing synapse whose resources are kept per connection

COMMENT
Short-term depression after Tsodyks & Markram (1997), reduced to its event form:
each connection (NetCon) keeps its own fraction of available resources R, which
recovers towards 1 with time constant trec between events. An event releases a
fraction use of what is available:
  R <- 1 - (1 - R) exp(-(t - tlast)/trec),   g <- g + weight use R,   R <- R (1 - use)
The conductance g decays with tau, i = g (v - e). R and tlast live in the
NetCon's weight vector (NET_RECEIVE arguments 2 and 3), set by NET_RECEIVE's
INITIAL block at every finitialize.
ENDCOMMENT

NEURON {
	POINT_PROCESS DepSyn
	RANGE tau, e, use, trec, g, i
	NONSPECIFIC_CURRENT i
}

UNITS {
	(nA) = (nanoamp)
	(mV) = (millivolt)
	(uS) = (microsiemens)
}

PARAMETER {
	tau = 3 (ms) <1e-9,1e9>
	e = 0 (mV)
	use = 0.4 <0,1>
	trec = 40 (ms) <1e-9,1e9>
}

ASSIGNED {
	v (mV)
	i (nA)
}

STATE { g (uS) }

INITIAL { g = 0 }

BREAKPOINT {
	SOLVE decay METHOD cnexp
	i = g*(v - e)
}

DERIVATIVE decay {
	g' = -g/tau
}

NET_RECEIVE(weight (uS), avail, tlast (ms)) {
	INITIAL {
		avail = 1
		tlast = -1e9
	}
	avail = 1 - (1 - avail)*exp(-(t - tlast)/trec)
	g = g + weight*use*avail
	avail = avail*(1 - use)
	tlast = t
}
