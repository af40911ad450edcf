#!/usr/bin/env bash
# Runs a real single-node Slurm cluster on this machine, for tests that submit job arrays.
#
#   install/slurm-local.sh start    install slurm-wlm, munge and tini if missing, start munged,
#                                   slurmctld and slurmd, wait until the node is idle
#   install/slurm-local.sh stop     cancel every job, stop the three daemons, wait until they exit
#   install/slurm-local.sh status   say which daemons run and show sinfo; exit 0 if up, 3 if down
#
# Everything it writes (slurm.conf, munge key and socket, state, spool, logs, pid files) lives in
# one directory, $SLURM_LOCAL_DIR (default /tmp/neuron-kernel-slurm), so that stop leaves nothing
# running and no system file half-configured. The one thing outside it: while the cluster runs,
# /etc/slurm/slurm.conf is a symlink to our slurm.conf, so sbatch/squeue/scancel/sinfo/scontrol
# work with no environment variable; stop removes it. If /etc/slurm/slurm.conf is already a file of
# someone else's, it is left alone and clients need the `export SLURM_CONF=...` line that start
# and status print (setting it is always harmless).
#
# Each start is a fresh cluster: no job survives a stop, job ids start again at 1, the logs and the
# job completion file ($SLURM_LOCAL_DIR/log/jobcomp.txt) start empty. After a stop the directory
# stays, with the logs of the last run.
#
# Needs root (daemons run as root: SlurmUser=root, SlurmdUser=root, munged as root). Made for a
# container without systemd: nothing is started through init scripts or services.
set -euo pipefail

dir="${SLURM_LOCAL_DIR:-/tmp/neuron-kernel-slurm}"
# slurmctld listens on this port and slurmd on the next; override if another cluster uses them
ctld_port="${SLURM_LOCAL_PORT:-6817}"
slurmd_port=$((ctld_port + 1))
start_timeout="${SLURM_LOCAL_TIMEOUT:-30}"

conf="$dir/etc/slurm.conf"
munge_socket="$dir/munge/munge.sock"
munge_key="$dir/munge/key/munge.key"
system_conf=/etc/slurm/slurm.conf
cluster=neuronkernel
partition=debug
node="$(hostname -s)"

# Our daemons and the clients we call find the config through SLURM_CONF; daemons also get -f.
# It also marks the daemons' and jobs' processes as this cluster's (see cluster_pids).
export SLURM_CONF="$conf"

say() { echo "slurm-local: $*"; }
die() { echo "slurm-local: $*" >&2; exit 1; }

# the comment block at the top of this file
usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; }

# ---------------------------------------------------------------------------------------------
# processes, found through the pid files the daemons write into $dir/run

pid_file() { echo "$dir/run/$1.pid"; }

# True if process $1 exists and is not a zombie (an exited daemon stays a zombie until whoever
# is pid 1 in this container reaps it, and must count as gone).
alive() {
  local stat
  read -r stat 2>/dev/null < "/proc/$1/stat" || return 1
  stat="${stat##*) }"
  [ "${stat:0:1}" != Z ]
}

# Prints the pid of daemon $1 if its pid file names a live process of that program: a stale pid
# file (after a crash, or a reboot that kept /tmp) must not make us signal an unrelated process.
daemon_pid() {
  local f pid
  f="$(pid_file "$1")"
  [ -s "$f" ] || return 1
  pid="$(tr -dc '0-9' < "$f")"
  [ -n "$pid" ] && alive "$pid" || return 1
  [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$1" ] || return 1
  echo "$pid"
}

running() { daemon_pid "$1" >/dev/null; }

# Sends SIGTERM to the pids given and waits up to $1 seconds for them to exit, then SIGKILLs
# whatever is left (a daemon stuck on a dead peer must not make stop hang or fail).
terminate() {
  local wait_s="$1" pid left i
  shift
  [ $# -gt 0 ] || return 0
  kill -TERM "$@" 2>/dev/null || true
  for ((i = 0; i < wait_s * 10; i++)); do
    left=()
    for pid in "$@"; do alive "$pid" && left+=("$pid"); done
    [ ${#left[@]} -eq 0 ] && return 0
    sleep 0.1
  done
  say "still running after ${wait_s}s, killing: ${left[*]}"
  kill -KILL "${left[@]}" 2>/dev/null || true
  sleep 0.2
}

# Processes of this cluster that its daemons no longer account for: a slurmstepd (slurmd runs each
# job step under one, meant to outlive slurmd) after slurmd died, or a job's process that escaped
# its step. They are found by their environment: we export SLURM_CONF=$conf before starting the
# daemons, slurmd hands it on to each slurmstepd, and every job gets it too, with SLURM_JOB_ID.
# So this finds this cluster's processes and no other's (a job's process that cleared its whole
# environment is not found). Prints "PID daemon" or "PID job" lines.
cluster_pids() {
  local f pid comm rest ppid callers=" " p=$$
  # never ourselves or whoever called us: a caller may well have SLURM_CONF in its environment
  while [ "$p" -gt 1 ] && read -r _ rest 2>/dev/null < "/proc/$p/stat"; do
    callers+="$p "
    rest="${rest##*) }"          # drop "(comm)", which may hold spaces; then: state ppid ...
    read -r _ ppid _ <<< "$rest"
    p="$ppid"
  done
  for f in $(grep -lzxF "SLURM_CONF=$conf" /proc/[0-9]*/environ 2>/dev/null); do
    pid="${f#/proc/}"; pid="${pid%/environ}"
    [[ "$callers" == *" $pid "* ]] && continue
    alive "$pid" && read -r comm 2>/dev/null < "/proc/$pid/comm" || continue
    case "$comm" in
      slurmstepd|slurmscriptd|slurmd|slurmctld|munged) echo "$pid daemon" ;;
      *) grep -qz '^SLURM_JOB_ID=' "$f" 2>/dev/null && echo "$pid job" ;;
    esac
  done
  return 0
}

# ---------------------------------------------------------------------------------------------
# installation

install_packages() {
  local missing=() p
  for p in slurm-wlm munge tini; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || die "packages ${missing[*]} are missing and installing them needs root"
  say "installing ${missing[*]} with apt-get..."
  # the package lists may be absent or stale on a fresh machine; refresh only when we install
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
}

# ---------------------------------------------------------------------------------------------
# configuration

write_conf() {
  # slurmd -C reports this machine's CPUs, sockets, cores, threads and RealMemory as a node line;
  # using it as is keeps the node from being drained for claiming more than the machine has.
  local hw
  hw="$(slurmd -C | head -1)"
  case "$hw" in NodeName=*) ;; *) die "unexpected 'slurmd -C' output: $hw" ;; esac
  hw="${hw#NodeName=* }"         # keep CPUs=... RealMemory=..., our node name is $node

  mkdir -p "$dir/etc"
  # an empty plugstack.conf, so that no SPANK plugin configured system-wide is loaded
  : > "$dir/etc/plugstack.conf"
  cat > "$conf" <<EOF
# Written by install/slurm-local.sh start; rewritten on every start.
ClusterName=$cluster
# the address is given so nothing depends on how this host name resolves
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root

# munged of this cluster listens on its own socket, not the system one
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$munge_socket

StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$(pid_file slurmctld)
SlurmdPidFile=$(pid_file slurmd)
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
PlugStackConfig=$dir/etc/plugstack.conf

# No cgroups in a container, so a job's processes are tracked by their process group: each batch
# script leads its own, and its children stay in it. (proctrack/linuxproc, which walks the /proc
# parent tree, lost the child of a job cancelled just as it started: the script died first, the
# child was reparented to pid 1 and kept running; 2 of 10 such cancels here.) A process that
# makes its own group or session escapes either way; stop sweeps those up (see cluster_pids).
# Bind nothing, gather no usage.
ProctrackType=proctrack/pgid
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
# no accounting database (slurmdbd); finished jobs are written one line each to JobCompLoc
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$dir/log/jobcomp.txt
MpiDefault=none
SwitchType=switch/none
MailProg=/bin/true

# CPUs are the consumable resource, so two 1-CPU tasks run at the same time on a 2-CPU node
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
# batch_sched_delay=0: a job array's next tasks start on the controller's next 1 s tick after a
# task ends, not up to 3 s later; backfill is only a safety net here
SchedulerParameters=batch_sched_delay=0,bf_interval=5

# short timeouts keep start, cancel and stop quick on one machine
SlurmctldTimeout=10
SlurmdTimeout=10
MessageTimeout=5
KillWait=5
InactiveLimit=0
Waittime=0
UnkillableStepTimeout=30
# a node that was down (e.g. slurmd restarted) comes back by itself once it registers
ReturnToService=2
# finished jobs stay visible to 'scontrol show job' and 'squeue -t all' this many seconds
MinJobAge=300

NodeName=$node NodeAddr=127.0.0.1 $hw State=UNKNOWN
PartitionName=$partition Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
}

# Points /etc/slurm/slurm.conf at our conf so clients need no SLURM_CONF; never replaces a file
# or a link that is not ours (print_env_hint then tells clients to set SLURM_CONF).
link_conf() {
  mkdir -p "$(dirname "$system_conf")"
  if [ -L "$system_conf" ] && [ "$(readlink "$system_conf")" = "$conf" ]; then
    return 0
  fi
  if [ -L "$system_conf" ] && [ ! -e "$system_conf" ]; then
    # a dangling link, e.g. left by a cluster in a directory since deleted: not useful to anyone
    case "$(readlink "$system_conf")" in
      */etc/slurm.conf) rm -f "$system_conf" ;;
    esac
  fi
  [ -e "$system_conf" ] || [ -L "$system_conf" ] || ln -s "$conf" "$system_conf"
}

unlink_conf() {
  if [ -L "$system_conf" ] && [ "$(readlink "$system_conf")" = "$conf" ]; then
    rm -f "$system_conf"
  fi
}

print_env_hint() {
  if [ -L "$system_conf" ] && [ "$(readlink "$system_conf")" = "$conf" ]; then
    say "clients (sbatch, squeue, scancel, sinfo, scontrol) find the config through $system_conf -> $conf;"
    say "setting SLURM_CONF is not needed, and harmless:"
  else
    say "$system_conf is not ours: clients need SLURM_CONF in their environment:"
  fi
  echo "export SLURM_CONF=$conf"
}

# ---------------------------------------------------------------------------------------------
# munged

start_munged() {
  mkdir -p "$dir/munge/key"
  # munged checks that the key's directory is private and the socket's is reachable by everyone
  chmod 0755 "$dir" "$dir/munge"
  chmod 0700 "$dir/munge/key"
  if [ ! -s "$munge_key" ]; then
    mungekey --create --keyfile="$munge_key"
  fi
  chmod 0600 "$munge_key"
  rm -f "$munge_socket" "$munge_socket.lock"
  # as root: SlurmUser is root and this is a throwaway test cluster; munged allows it
  munged 9>&- \
    --socket="$munge_socket" --key-file="$munge_key" \
    --pid-file="$(pid_file munged)" --log-file="$dir/log/munged.log" \
    --seed-file="$dir/munge/munged.seed"
  # a credential made and decoded through our socket proves the daemon and the key work
  local i
  for ((i = 0; i < 50; i++)); do
    munge -n -S "$munge_socket" 2>/dev/null | unmunge -S "$munge_socket" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  fail_start "munged does not answer on $munge_socket"
}

# ---------------------------------------------------------------------------------------------
# start / stop / status

node_state() { sinfo -h -n "$node" -o '%T' 2>/dev/null | head -1; }

# up = the node answers and can take or is running jobs ("idle*" or "down" would not do)
node_up() { case "$(node_state)" in idle|mixed|allocated|completing) true ;; *) false ;; esac; }

show_logs() {
  local f
  for f in munged.log slurmctld.log slurmd.log slurmd.out; do
    [ -s "$dir/log/$f" ] || continue
    echo "--- last lines of $dir/log/$f" >&2
    tail -n 15 "$dir/log/$f" >&2
  done
}

# A start that failed halfway stops what it started, so the next start begins clean; the logs stay.
fail_start() {
  echo "slurm-local: start failed: $*" >&2
  show_logs
  do_stop >/dev/null 2>&1 || true
  exit 1
}

do_start() {
  if running munged && running slurmctld && running slurmd && node_up; then
    say "already running (node $node: $(node_state))"
    link_conf
    print_env_hint
    return 0
  fi
  if running munged || running slurmctld || running slurmd || [ -n "$(cluster_pids)" ]; then
    say "partly running, or left over from a crash; stopping that and starting afresh"
    do_stop
  fi
  [ "$(id -u)" -eq 0 ] || die "start needs root (the daemons run as root)"
  install_packages

  local t0=$SECONDS
  # a fresh cluster every time: no jobs, state or logs from an earlier run
  rm -rf "$dir/state" "$dir/spool" "$dir/log" "$dir/run"
  mkdir -p "$dir/state" "$dir/spool" "$dir/log" "$dir/run"
  write_conf
  link_conf
  start_munged

  # slurmctld before slurmd: slurmd registers with the controller when it starts.
  # -c: start with no jobs (its log still notes the missing state files; that is expected).
  slurmctld -c -f "$conf" 9>&- || fail_start "slurmctld did not start"
  # slurmd runs in the foreground under tini, a subreaper: a job's process that outlives the
  # process that started it (a cancelled batch script's child, say) becomes tini's child, not pid
  # 1's. The container's pid 1 reaps orphans only every few seconds, and while such a zombie is
  # left slurmstepd (proctrack/pgid) counts the job's process group as alive, so a cancelled job
  # stayed COMPLETING for ~3.8 s; tini reaps at once and a cancel takes 0.2 to 2 s.
  setsid tini -s -- slurmd -D -f "$conf" 9>&- < /dev/null >> "$dir/log/slurmd.out" 2>&1 &
  local slurmd_launcher=$!

  local state=""
  while [ $((SECONDS - t0)) -lt "$start_timeout" ]; do
    state="$(node_state)"
    [ "$state" = idle ] && break
    running slurmctld || fail_start "slurmctld exited"
    alive "$slurmd_launcher" || fail_start "slurmd exited"
    sleep 0.3
  done
  [ "$state" = idle ] || fail_start "node $node is not idle after ${start_timeout}s (sinfo state: '${state:-no answer}')"

  # slurmctld reads SchedulerParameters only on its first scheduling pass, 3 s after it starts;
  # until then batch_sched_delay is 3 s and a job submitted now would wait for that pass anyway.
  # Waiting for it here (it logs the parameters) makes job start times predictable from the
  # first job on. Not fatal if the line never comes (another Slurm version may word it otherwise).
  local deadline=$((SECONDS + 6))
  until grep -q '\] SchedulerParameters=' "$dir/log/slurmctld.log" || [ $SECONDS -ge $deadline ]; do
    sleep 0.1
  done
  say "up in $((SECONDS - t0))s: cluster $cluster, node $node, partition $partition, state in $dir"
  print_env_hint
}

do_stop() {
  # cancel every job first, so slurmd and each slurmstepd end their tasks the proper way
  if running slurmctld; then
    local jobs
    jobs="$(squeue -h -o '%A' 2>/dev/null || true)"
    if [ -n "$jobs" ]; then
      # shellcheck disable=SC2086
      scancel $jobs 2>/dev/null || true
      local deadline=$((SECONDS + 10))    # KillWait=5: jobs are gone well within 10 s
      while [ $SECONDS -lt $deadline ] && [ -n "$(squeue -h -o '%A' 2>/dev/null)" ]; do
        sleep 0.1
      done
    fi
  fi

  local d pid
  for d in slurmd slurmctld munged; do
    if pid="$(daemon_pid "$d")"; then
      terminate 10 "$pid"
      say "stopped $d ($pid)"
    fi
    rm -f "$(pid_file "$d")"
  done

  # strays: when slurmctld or slurmd had died the jobs could not be cancelled, and a job's process
  # may have escaped its step. Job processes get SIGTERM and a few seconds, like a cancel, then
  # SIGKILL; a slurmstepd does not exit on SIGTERM, so it gets SIGKILL after its jobs are gone.
  local strays
  strays="$(cluster_pids)"
  if [ -n "$strays" ]; then
    say "stopping leftover processes of this cluster: $(echo $strays)"
    # shellcheck disable=SC2046
    terminate 5 $(awk '$2 == "job" { print $1 }' <<< "$strays")
    # shellcheck disable=SC2046
    kill -KILL $(awk '$2 == "daemon" { print $1 }' <<< "$strays") 2>/dev/null || true
  fi
  unlink_conf
  rm -f "$munge_socket" "$munge_socket.lock"
  say "stopped"
}

do_status() {
  local d up=true pid
  for d in munged slurmctld slurmd; do
    if pid="$(daemon_pid "$d")"; then
      say "$d running (pid $pid)"
    else
      say "$d not running"
      up=false
    fi
  done
  if running slurmctld; then
    sinfo || up=false
    node_up || up=false
  fi
  if $up; then
    print_env_hint
    return 0
  fi
  say "down"
  return 3
}

case "${1:-}" in
  start|stop|status)
    # one start/stop/status at a time, e.g. when several test processes start the cluster at
    # once (the daemons are started with fd 9 closed, so they do not hold the lock)
    mkdir -p "$dir"
    exec 9> "$dir/lock"
    flock 9 ;;
esac

case "${1:-}" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
