TITLE capool.mod  first-order submembrane calcium pool

COMMENT
Calcium entering through ica fills a shell of thickness depth under the membrane
and relaxes to cainf with time constant taur (the first-order pool of Traub et al.
1991 / Destexhe et al. 1993 J Neurophysiol 70:1005 without the pump term):
  dcai/dt = -ica / (2 F depth) - (cai - cainf)/taur
with the 1e4 factor converting mA/cm2 over um to mM/ms. Influx only (no efflux
through the current term: outward ica is clipped to zero). cai is a STATE written
back to the ca ion.
ENDCOMMENT

NEURON {
	SUFFIX capool
	USEION ca READ ica WRITE cai
	RANGE depth, taur, cainf, drive
}

UNITS {
	(mA) = (milliamp)
	(mM) = (milli/liter)
	(um) = (micron)
	FARADAY = (faraday) (coulomb)
}

PARAMETER {
	depth = 0.1 (um)
	taur = 200 (ms)
	cainf = 1e-4 (mM)
}

ASSIGNED {
	ica (mA/cm2)
	drive (mM/ms)
}

STATE { cai (mM) }

INITIAL {
	cai = cainf
}

BREAKPOINT {
	SOLVE fill METHOD cnexp
}

DERIVATIVE fill {
	drive = -(10000)*ica/(2*FARADAY*depth)
	if (drive < 0) { drive = 0 }
	cai' = drive + (cainf - cai)/taur
}
