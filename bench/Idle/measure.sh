#!/usr/bin/env bash
# Idle cost of the whole system: starts it (AppHost, fresh data directory, demo data), lets it settle,
# then over a window reads the CPU time every process of the run used and the commits every database made.
# Ends with the memory of the run (PSS) by part: the services, PostgreSQL and RabbitMQ are the product; Aspire's
# AppHost, dashboard, DCP and `dotnet run` launchers are development tooling.
# Usage: bench/Idle/measure.sh [window seconds, default 60] [settle seconds, default 300]
# Settle long: for a few minutes after "healthy" the services still compile queries and run their first reminder
# and relay rounds (30 s of settling reads about 19 % of one core, 120 s about 8 %, 300 s under 5 %).
set -euo pipefail
cd "$(dirname "$0")/../.."
window=${1:-60}
settle=${2:-300}
data=$(mktemp -d)
log="$data/apphost.log"
dotnet build AppHost -nologo -v quiet >/dev/null
setsid dotnet run --project AppHost --no-build --launch-profile http -- --AppHost:DataDirectory="$data" >"$log" 2>&1 &
leader=$!
trap 'kill -TERM "$leader" 2>/dev/null; wait "$leader" 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 300); do
  grep -q "All resources are healthy" "$log" && break
  sleep 1
done
grep -q "All resources are healthy" "$log" || { echo "The system did not become healthy; see $log" >&2; tail -30 "$log" >&2; exit 1; }
sleep "$settle"

# Every descendant of the run (DCP starts resources in sessions of their own, so follow parent ids).
# DCP's API server re-parents itself to init and names the AppHost it monitors: it is a second root.
descendants() {
  local apphost dcp
  apphost=$(pgrep -P "$leader" -f AppHost | head -1)
  dcp=$(pgrep -f "dcp start-apiserver --monitor $apphost " | head -1)
  ps -e -o pid=,ppid= | awk -v a="$leader" -v b="${dcp:-0}" '
    { parent[$1] = $2 } END { for (p in parent) { q = p; while (q in parent && q != a && q != b && q > 1) q = parent[q]; if (q == a || q == b) print p } }'
}
# utime + stime, and the children this process already waited for (postgres backends that ended).
snapshot() { descendants | while read -r pid; do
  [ -r "/proc/$pid/stat" ] && echo "$pid $(sed -E 's/.*\) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 + $14 + $15 }') $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-60)"
  done; }
pgport=$(sed -n 4p "$(find "$data" -name postmaster.pid | head -1)")
commits() { PGPASSWORD=$(head -1 "$data/postgres.secret") psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -Atc \
  "select sum(xact_commit) from pg_stat_database" ; }

echo "Measuring $(descendants | wc -l) processes"
snapshot >"$data/before"; c0=$(commits)
sleep "$window"
snapshot >"$data/after"; c1=$(commits)
hz=$(getconf CLK_TCK)
# A process's share is its ticks now less its ticks before (0 if it started within the window).
awk -v hz="$hz" -v w="$window" -v c="$((c1 - c0))" '
  NR == FNR { before[$1] = $2; next }
  { used = $2 - ($1 in before ? before[$1] : $2); $1 = ""; $2 = ""; total += used; if (used > 0) print 100 * used / hz / w " %" $0 | "sort -rn | head -16" }
  END { close("sort -rn | head -16"); printf "Idle over %d s: CPU %.1f %% of one core, %.1f commits/s (the measuring query itself adds 2 commits)\n", w, 100 * total / hz / w, c / w }' \
  "$data/before" "$data/after"

# Memory: proportional set size (shared pages split between the processes sharing them), so the sum is what the run
# costs the machine; by part, largest first.
descendants | while read -r pid; do
  pss=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
  [ -n "$pss" ] && echo "$pss $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-200)"
done | awk '
  { kb = $1; $1 = ""; part = "other"
    if ($0 ~ /^ ?\/usr\/lib\/erlang|epmd/) part = "RabbitMQ"
    else if ($0 ~ /^ ?(\/usr\/lib\/postgresql|postgres:)/) part = "PostgreSQL"
    else if ($0 ~ /dotnet run/) part = "dotnet run (the AppHost'"'"'s and each service'"'"'s launcher)"
    else if ($0 ~ /\/(CommunityDirectory|Referrals|Volunteering|Matching|Identity)\.Api|\/Web /) part = "services"
    else if ($0 ~ /dcp|Aspire|Dashboard|AppHost/) part = "Aspire (AppHost, dashboard, DCP)"
    sum[part] += kb; total += kb }
  END { for (p in sum) printf "%6.0f MB  %s\n", sum[p] / 1024, p | "sort -rn"; close("sort -rn")
        printf "Memory (PSS): %.0f MB in all\n", total / 1024 }'
