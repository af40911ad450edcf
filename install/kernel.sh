#!/bin/sh
# Starts the neuron-java kernel's JVM with its heap cap. kernel.json runs it as
#
#   /bin/sh kernel.sh INSTALLED JAVA JVM-OPTIONS... MAIN-CLASS {connection_file}
#
# INSTALLED is install.sh --heap's size, or "default". The heap cap is the first of:
#   NEURON_KERNEL_HEAP, from the environment Jupyter starts the kernel in (a size, e.g. 4g or 512m);
#   INSTALLED;
#   the default: a quarter of the memory the JVM sees (the machine's, or a container's limit),
#   at most 2 GB (the JVM's own rule with a ceiling: -XX:ErgoHeapSizeLimit).
# A NEURON_KERNEL_HEAP that is not a size is reported on stderr (the Jupyter server's log) and the
# kernel starts with the installed or default cap: a typo must not keep a notebook from starting.
#
#   sh kernel.sh --check-heap VALUE    prints VALUE as the JVM writes it (4GB: 4g) if it is a size;
#                                      else says why on stderr and exits 2
set -u

DEFAULT_CEILING=2g
ALLOWED="a whole number of megabytes or gigabytes such as 512m or 4g, at least 256m, at most 1024g"

# heap_size VALUE: prints VALUE as the JVM writes it (4GB -> 4g), or fails if it is not a size
heap_size() {
  value=$(printf '%s' "$1" | tr 'MGB' 'mgb')
  value=${value%b}
  digits=${value%?}
  unit=${value#"$digits"}
  case "$digits" in ''|*[!0-9]*) return 1 ;; esac
  case "$unit" in m|g) ;; *) return 1 ;; esac
  digits=$(printf '%s' "$digits" | sed 's/^0*//') # a leading 0 would make the shell read octal
  [ -n "$digits" ] && [ ${#digits} -le 7 ] || return 1
  megabytes=$digits
  [ "$unit" = g ] && megabytes=$((digits * 1024))
  [ "$megabytes" -ge 256 ] && [ "$megabytes" -le 1048576 ] || return 1
  printf '%s%s' "$digits" "$unit"
}

if [ "${1:-}" = --check-heap ]; then
  heap_size "${2:-}" && echo && exit 0
  echo "install.sh: --heap '${2:-}' is not a heap size; allowed: $ALLOWED" >&2
  exit 2
fi

[ $# -ge 2 ] || { echo "usage: kernel.sh INSTALLED-HEAP JAVA ARGS... | kernel.sh --check-heap VALUE" >&2; exit 2; }
installed=$1
java=$2
shift 2

if [ "$installed" = default ]; then
  fallback="the default cap (a quarter of memory, at most $DEFAULT_CEILING)"
else
  fallback="the installed cap of $installed (install.sh --heap)"
fi
if [ -n "${NEURON_KERNEL_HEAP:-}" ] && cap=$(heap_size "$NEURON_KERNEL_HEAP"); then
  exec "$java" "-Xmx$cap" -Dneuron.kernel.heap="$cap" -Dneuron.kernel.heap.source=NEURON_KERNEL_HEAP "$@"
fi
if [ -n "${NEURON_KERNEL_HEAP:-}" ]; then
  echo "neuron-java: NEURON_KERNEL_HEAP='$NEURON_KERNEL_HEAP' is not a heap size (allowed: $ALLOWED); starting with $fallback" >&2
fi
if [ "$installed" = default ]; then
  exec "$java" "-XX:ErgoHeapSizeLimit=$DEFAULT_CEILING" -Dneuron.kernel.heap=default -Dneuron.kernel.heap.source=default "$@"
fi
exec "$java" "-Xmx$installed" -Dneuron.kernel.heap="$installed" -Dneuron.kernel.heap.source=install "$@"
