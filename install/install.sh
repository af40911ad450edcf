#!/usr/bin/env bash
# Installs (or removes) the Jupyter kernelspec "neuron-java".
#
#   install/install.sh                 per-user install (jupyter's user data dir)
#   install/install.sh --sys-prefix    into the current Python environment (sys.prefix)
#   install/install.sh --prefix DIR    into DIR/share/jupyter/kernels
#   install/install.sh --heap 4g       with any of the above: the kernel's heap cap (512m, 4g, ...;
#                                      default: a quarter of memory, at most 2g; NEURON_KERNEL_HEAP
#                                      in the kernel's environment overrides either)
#   install/install.sh --uninstall [--sys-prefix | --prefix DIR]
#
# Builds the kernel jar if it is missing or older than the sources, copies it with its libraries
# and its launcher (kernel.sh, which sets the heap cap) into the kernelspec folder, writes
# kernel.json with absolute paths, and records a class-data archive so that the kernel starts
# fast. Needs java 17+, and mvn when the jar must be built.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
name=neuron-java
mode=(--user)
uninstall=false
heap=default
jupyter="${JUPYTER:-jupyter}"

while [ $# -gt 0 ]; do
  case "$1" in
    --user) mode=(--user); shift ;;
    --sys-prefix) mode=(--sys-prefix); shift ;;
    --prefix)
      [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }
      mode=(--prefix "$2"); shift 2 ;;
    --heap)
      [ $# -ge 2 ] || { echo "install.sh: --heap needs a size, e.g. --heap 4g" >&2; exit 2; }
      heap="$(/bin/sh "$here/kernel.sh" --check-heap "$2")" || exit 2
      shift 2 ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option '$1'; allowed: --user, --sys-prefix, --prefix DIR, --heap SIZE, --uninstall" >&2; exit 2 ;;
  esac
done

command -v "$jupyter" >/dev/null || { echo "install.sh: '$jupyter' not found; install jupyter (e.g. apt-get install jupyter-client) or set JUPYTER" >&2; exit 1; }

if $uninstall; then
  # kernelspec remove finds the spec wherever it is; --prefix/--sys-prefix only matter for install
  "$jupyter" kernelspec remove -y "$name"
  exit 0
fi

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/java}"
java_bin="${java_bin:-$(command -v java || true)}"
[ -n "$java_bin" ] || { echo "install.sh: java not found; install Java 17 or set JAVA_HOME" >&2; exit 1; }
java_bin="$(readlink -f "$java_bin")"

jar="$root/kernel/target/neuron-kernel.jar"
if [ ! -f "$jar" ] || [ ! -d "$root/kernel/target/lib" ] \
   || [ -n "$(find "$root/kernel/src/main" "$root/engine/src/main" -newer "$jar" -type f -print -quit)" ]; then
  echo "building the kernel jar..."
  (cd "$root" && mvn -q -B -ntp package -DskipTests)
fi

stage="$(mktemp -d)"
logs="$(mktemp -d)" # outside the stage: what is in the stage is what gets installed
trap 'rm -rf "$stage" "$logs"' EXIT
cp "$jar" "$stage/neuron-kernel.jar"
mkdir "$stage/lib"
cp "$root/kernel/target/lib/"*.jar "$stage/lib/"
cp "$here/kernel.sh" "$stage/kernel.sh"
cp "$here/logo-32x32.png" "$here/logo-64x64.png" "$here/logo-svg.svg" "$stage/" 2>/dev/null || true
echo '{"argv": ["placeholder"], "display_name": "Neuron (Java)", "language": "java"}' > "$stage/kernel.json"

if ! "$jupyter" kernelspec install --replace --name "$name" "${mode[@]}" "$stage" >"$logs/install.log" 2>&1; then
  cat "$logs/install.log" >&2
  exit 1
fi
if [ "${mode[0]}" = --prefix ]; then
  dest="$(cd "${mode[1]}" && pwd)/share/jupyter/kernels/$name"
else
  dest="$("$jupyter" kernelspec list --json 2>/dev/null | /usr/bin/env python3 -c \
    "import json,sys; print(json.load(sys.stdin)['kernelspecs']['$name']['resource_dir'])")"
fi
[ -d "$dest" ] || { echo "install.sh: installed, but cannot find where ($dest)" >&2; exit 1; }

# A class-data archive of the classes a session loads: later starts map them instead of loading them.
# (Bounded in time: the warm-up only speeds later starts, it must never hold up an install.)
cds=()
if timeout 180 "$java_bin" -XX:+UseG1GC -XX:ArchiveClassesAtExit="$dest/kernel.jsa" -Djava.awt.headless=true \
     -cp "$dest/neuron-kernel.jar:$dest/lib/*" io.github.neuronkernel.kernel.Main --warmup >/dev/null 2>"$logs/cds.log" \
   && [ -f "$dest/kernel.jsa" ]; then
  cds=(--cds "$dest/kernel.jsa")
else
  echo "note: no class-data archive (start-up will be slower): $(tail -1 "$logs/cds.log")" >&2
fi

# The Javadoc of the API cells use, which the notebook's Help menu links to (from the sources the jars carry).
rm -rf "$dest/api"
if ! timeout 300 "$java_bin" -cp "$dest/neuron-kernel.jar:$dest/lib/*" io.github.neuronkernel.kernel.Main \
     --javadoc "$dest/api" >"$logs/javadoc.log" 2>&1; then
  rm -rf "$dest/api"
  echo "note: no API Javadoc (the Help menu will not link to it): $(tail -1 "$logs/javadoc.log")" >&2
fi

"$java_bin" -cp "$dest/neuron-kernel.jar:$dest/lib/*" io.github.neuronkernel.kernel.Main \
  --kernelspec "$dest" --jar "$dest/neuron-kernel.jar" --lib "$dest/lib" --java "$java_bin" --heap "$heap" "${cds[@]}"
echo "installed kernel '$name' in $dest (heap cap: $([ "$heap" = default ] && echo 'default, a quarter of memory, at most 2g' || echo "$heap"))"
