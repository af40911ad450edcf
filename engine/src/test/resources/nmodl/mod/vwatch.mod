TITLE vwatch.mod  a spike detector built from WATCH conditions

COMMENT
Counts the times the membrane potential at its location rises through thresh,
and re-arms only after v has fallen 10 mV below thresh (hysteresis). Each
detected spike is sent on with net_event, so the detector is a NetCon source.
Written with NET_RECEIVE's WATCH: flag 1 (sent from INITIAL) arms the rising
watch, flag 2 (rising) counts and arms the falling watch, flag 3 (falling)
arms the rising watch again.
ENDCOMMENT

NEURON {
	POINT_PROCESS VWatch
	RANGE thresh, n, tlast
}

PARAMETER {
	thresh = -20 (mV)
}

ASSIGNED {
	v (mV)
	n
	tlast (ms)
}

INITIAL {
	n = 0
	tlast = -1
	net_send(0, 1)
}

NET_RECEIVE(w) {
	if (flag == 1) {
		WATCH (v > thresh) 2
	} else if (flag == 2) {
		n = n + 1
		tlast = t
		net_event(t)
		WATCH (v < thresh - 10) 3
	} else if (flag == 3) {
		WATCH (v > thresh) 2
	}
}
