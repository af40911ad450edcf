# The numbers tutorial 07 checks, made with real NEURON 8.2.2 (Debian: neuron, python3-neuron, neuron-dev and
#   ln -sf /usr/lib/nrn/nrnmech_makefile /usr/bin/nrnmech_makefile):
#   /usr/bin/python3 notebooks/reference/07_your_own_channel.py
# Takes the %%nmodl cell of notebooks/07-your-own-channel.ipynb as mslow.mod, compiles it with nrnivmodl in a
# temporary directory, runs the tutorial's model, and prints the CRC-32 of the file batch_run wrote and the spike
# times (first line at or above 0 mV) that the tutorial's check cell compares with.
import json, os, subprocess, sys, tempfile, zlib
here = os.path.dirname(os.path.abspath(__file__))
nb = json.load(open(os.path.join(here, '..', '07-your-own-channel.ipynb')))
cell = next(''.join(c['source']) for c in nb['cells'] if ''.join(c['source']).startswith('%%nmodl'))
work = tempfile.mkdtemp(prefix='tutorial07_')
open(os.path.join(work, 'mslow.mod'), 'w').write(cell.split('\n', 1)[1] + '\n')
subprocess.run(['nrnivmodl', '-loadflags', '-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn'], cwd=work,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)   # the final 'special' link fails; the library is built
from neuron import h
h.nrn_load_dll(os.path.join(work, 'x86_64', 'libnrnmech.so'))
soma = h.Section(name="soma"); soma.L = 20; soma.diam = 20
soma.insert("hh"); soma.insert("mslow")
stim = h.IClamp(soma(0.5)); stim.delay = 20; stim.dur = 300; stim.amp = 0.2
h.batch_save(); h.batch_save(h._ref_t, soma(0.5)._ref_v, soma(0.5).mslow._ref_n)
out = os.path.join(work, 'mslow.dat')
h.finitialize(-65); h.batch_run(350, 0.25, out, "hh soma with an M current")
data = open(out, 'rb').read()
spikes, previous = [], None
for line in data.decode().splitlines()[2:]:
    t, v, n = map(float, line.split())
    if previous is not None and previous < 0 <= v:
        spikes.append(t)
    previous = v
print("CRC-32 %08x, %d lines" % (zlib.crc32(data), len(data.splitlines())))
print("spikes", spikes)
