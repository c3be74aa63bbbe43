#!/usr/bin/env bash
# Measures, in one run on this machine: time from starting the AppHost (build already done) to every
# resource healthy, over N starts (median), and the resident memory of the whole platform idle
# (the AppHost's process tree: PostgreSQL, RabbitMQ, epmd, gateway and the four services).
# Usage: bench/startup.sh [runs=5] [idle-seconds=15]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
idle=${2:-15}
data=$(mktemp -d /tmp/stplatform-bench.XXXXXX)
chmod 755 "$data"
trap 'rm -rf "$data"' EXIT

dotnet build StPlatform.sln -c Release -nologo -clp:ErrorsOnly >/dev/null
# As scripts/run does; IMAGES=0 measures the build output instead (JIT at start), for comparison.
if [ "${IMAGES:-1}" = 1 ]; then export STPLATFORM_IMAGES=$(scripts/publish-images.sh); else unset STPLATFORM_IMAGES; fi

tree_pids() {
  local pids=($1) all=() next
  while [ ${#pids[@]} -gt 0 ]; do
    all+=("${pids[@]}")
    next=()
    for p in "${pids[@]}"; do next+=($(pgrep -P "$p" || true)); done
    pids=("${next[@]}")
  done
  echo "${all[@]}"
}

# RSS counts PostgreSQL's shared buffers once per backend that touched them; PSS shares each page
# out among the processes mapping it, so the sum over the tree is what the platform really holds.
tree_kib() {
  local field=$2 pid total=0 value
  for pid in $(tree_pids "$1"); do
    value=$(awk -v f="$field:" '$1 == f {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

times=()
for i in $(seq 1 "$runs"); do
  log="$data/run-$i.log"
  start=$(date +%s.%N)
  STPLATFORM_DATA="$data/platform" dotnet AppHost/bin/Release/net10.0/AppHost.dll >"$log" 2>&1 &
  host=$!
  healthy=""
  for _ in $(seq 1 240); do
    if grep -q "All resources healthy in" "$log"; then healthy=$(date +%s.%N); break; fi
    kill -0 "$host" 2>/dev/null || break
    sleep 0.25
  done
  if [ -z "$healthy" ]; then echo "run $i: not healthy within 60 s; log: $log" >&2; kill -INT "$host"; wait "$host" || true; exit 1; fi
  t=$(echo "$healthy - $start" | bc)
  times+=("$t")
  printf 'run %d: all healthy after %.1f s (AppHost says: %s)\n' "$i" "$t" "$(grep -o 'All resources healthy in.*' "$log")"
  if [ "$i" -eq "$runs" ]; then
    sleep "$idle"
    pss=$(tree_kib "$host" Pss)
    rss=$(tree_kib "$host" Rss)
    printf 'idle memory of the platform after %d s: %.0f MiB proportional (PSS), %.0f MiB summed RSS (%d processes)\n' \
      "$idle" "$(echo "$pss / 1024" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$(wc -w <<< "$(tree_pids "$host")")"
  fi
  kill -INT "$host"
  wait "$host" || true
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
printf 'median time to all healthy over %d starts: %.1f s\n' "$runs" "$median"
