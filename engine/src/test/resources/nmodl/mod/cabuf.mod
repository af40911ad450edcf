TITLE cabuf.mod  calcium in a submembrane shell with a mobile-free buffer (kinetic scheme)

COMMENT
Calcium entering through ica fills a shell of thickness depth under the membrane,
binds a buffer B (total btot per unit of shell) with rate constants kon and koff,
and relaxes towards cainf with time constant taur (e.g. Yamada, Koch & Adams 1989;
the buffer as in Sala & Hernandez-Cruz 1990, without diffusion):
  d(depth cai)/dt = -1e4 ica/(2F) + depth (cainf - cai)/taur - depth (kon cai B - koff CaB)
  B + CaB = btot
Written as a KINETIC scheme whose states all live in the shell (COMPARTMENT depth);
the binding makes it nonlinear, so NEURON's sparse solver iterates it. Its initial
state is the scheme's steady state.
ENDCOMMENT

NEURON {
	SUFFIX cabuf
	USEION ca READ ica WRITE cai
	RANGE depth, btot, kon, koff, taur, cainf
}

UNITS {
	(mM) = (milli/liter)
	(um) = (micron)
	(mA) = (milliamp)
	FARADAY = (faraday) (coulomb)
}

PARAMETER {
	depth = 0.2 (um) <1e-6,1e9>
	btot = 0.05 (mM)
	kon = 100 (/mM-ms)
	koff = 0.1 (/ms)
	taur = 50 (ms) <1e-9,1e9>
	cainf = 5e-5 (mM)
}

ASSIGNED {
	ica (mA/cm2)
}

STATE {
	cai (mM) <1e-10>
	B (mM)
	CaB (mM)
}

INITIAL {
	cai = cainf
	B = btot
	CaB = 0
	SOLVE chem STEADYSTATE sparse
}

BREAKPOINT {
	SOLVE chem METHOD sparse
}

KINETIC chem {
	COMPARTMENT depth {cai B CaB}
	~ cai << (-(10000)*ica/(2*FARADAY))
	~ cai << (depth*(cainf - cai)/taur)
	~ cai + B <-> CaB (kon, koff)
	CONSERVE B + CaB = btot*depth
}
