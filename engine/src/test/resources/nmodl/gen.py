# Usage: /usr/bin/python3 gen.py [CASES_MODULE [OUTDIR]]   (defaults: cases_nmodl, this directory)
# Compiles mod/*.mod with nrnivmodl in a temporary directory, loads the library, then runs every case:
# writes OUTDIR/<case>.dat (and <case>.txt where the case writes one) and OUTDIR/<case>.py (the case's source).
# Then checks that the hhx cases print exactly what the same script with built-in hh prints.
# Needs Debian's neuron, python3-neuron and neuron-dev, and the link
#   ln -sf /usr/lib/nrn/nrnmech_makefile /usr/bin/nrnmech_makefile
import glob, importlib, inspect, os, shutil, subprocess, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
if not os.path.exists('/usr/bin/nrnmech_makefile'):
    sys.exit('missing /usr/bin/nrnmech_makefile: ln -sf /usr/lib/nrn/nrnmech_makefile /usr/bin/nrnmech_makefile')
build = tempfile.mkdtemp(prefix='nmodl_build_')
for f in sorted(glob.glob(os.path.join(here, 'mod', '*.mod'))): shutil.copy(f, build)
subprocess.run(['nrnivmodl', '-loadflags', '-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn'], cwd=build,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)   # the final 'special' link fails; the library is what we need
lib = os.path.join(build, 'x86_64', 'libnrnmech.so')
if not os.path.exists(lib): sys.exit('nrnivmodl did not build ' + lib)
os.chdir(here); sys.path.insert(0, here)
from neuron import h
h.nrn_load_dll(lib)
mod = importlib.import_module(sys.argv[1] if len(sys.argv) > 1 else 'cases_nmodl')
outdir = sys.argv[2] if len(sys.argv) > 2 else here; os.makedirs(outdir, exist_ok=True)

def clear():
    for sec in list(h.allsec()): h.delete_section(sec=sec)

for fn in mod.CASES:
    clear()
    keep = fn(os.path.join(outdir, fn.__name__ + ".dat"))
    with open(os.path.join(outdir, fn.__name__ + ".py"), "w") as f:
        f.write("from neuron import h\n\n" + inspect.getsource(fn))
    del keep
    print(fn.__name__, sum(1 for _ in open(os.path.join(outdir, fn.__name__ + ".dat"))), "lines")

# hhx must print what hh prints: run each hhx case's source with hhx replaced by hh and compare the files
# (the hhx file's text with hhx replaced by hh, so that names in its comment and header line match).
twin = tempfile.mkdtemp(prefix='nmodl_twin_')
for name in ('hhx_seed', 'hhx_train'):
    fn = getattr(mod, name, None)
    if fn is None: continue
    src = inspect.getsource(fn).replace('hhx', 'hh')
    scope = {'h': h}; exec(src, scope)
    clear(); keep = scope[name.replace('hhx', 'hh')](os.path.join(twin, name + '.dat')); del keep
    for ext in ('.dat', '.txt'):
        a = os.path.join(outdir, name + ext); b = os.path.join(twin, name + ext)
        if os.path.exists(a):
            same = open(a).read().replace('hhx', 'hh') == open(b).read()
            print('%s%s identical to built-in hh: %s' % (name, ext, same))
shutil.rmtree(twin); shutil.rmtree(build)
