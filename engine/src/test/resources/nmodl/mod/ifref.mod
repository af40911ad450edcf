TITLE ifref.mod  leaky integrate-and-fire cell with a refractory period

COMMENT
Event-driven leaky integrate-and-fire unit (Lapicque 1907; Stein 1965; the
analytic-update scheme of Hines & Carnevale's artificial cells): the membrane
variable m decays as exp(-dt/tau) between events and is updated only when an
event arrives. An input of weight w adds w to m; when m exceeds 1 the cell fires
(net_event), resets m to 0 and ignores inputs for refrac ms: a self-event with
flag 1 (net_send(refrac, 1)) ends the refractory period. Each spike also schedules
a self-event with flag 2 after kickdel ms that adds kick to m (a delayed
afterdepolarisation), treated like an input.
ENDCOMMENT

NEURON {
	ARTIFICIAL_CELL IFRef
	RANGE tau, refrac, kick, kickdel, m, nspike
}

PARAMETER {
	tau = 10 (ms) <1e-9,1e9>
	refrac = 5 (ms) <0,1e9>
	kick = 0.3
	kickdel = 8 (ms)
}

ASSIGNED {
	m
	tlast (ms)
	quiet
	nspike
}

INITIAL {
	m = 0
	tlast = t
	quiet = 0
	nspike = 0
}

NET_RECEIVE(w) {
	if (flag == 1) {
		: refractory period over; start integrating from rest
		quiet = 0
		m = 0
		tlast = t
	} else if (quiet == 0) {
		m = m*exp(-(t - tlast)/tau)
		tlast = t
		if (flag == 2) {
			m = m + kick
		} else {
			m = m + w
		}
		if (m > 1) {
			net_event(t)
			nspike = nspike + 1
			m = 0
			quiet = 1
			net_send(refrac, 1)
			net_send(kickdel, 2)
		}
	}
}
