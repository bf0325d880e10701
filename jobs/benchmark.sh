#!/usr/bin/env bash
# Benchmark: generates datasets of about 1M and 10M rating rows, runs the whole job on each
# (Spark in local mode, every analysis over all periods) and a read floor on the same files, and
# prints medians of RUNS runs: wall time, ingest+validation time, rows/s, peak memory, and the
# ratio ingest / floor, where the floor is Spark reading the same files with the job's own reader
# and schema and hashing every column.
#
#   jobs/benchmark.sh                  # 1M and 10M rating rows, 3 runs each
#   RUNS=5 jobs/benchmark.sh 2000000   # other sizes / run counts
#   HEAP=8g BENCH_DIR=/data/bench jobs/benchmark.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${RUNS:-3}
heap=${HEAP:-8g}
work=${BENCH_DIR:-target/bench}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000)
ls target/interview-calibration-*.jar >/dev/null 2>&1 || mvn -q -DskipTests package
mkdir -p "$work"
timer() { if [ -x /usr/bin/time ]; then /usr/bin/time -f "%e %M" -o "$1" "${@:2}"; else "${@:2}"; echo "0 0" > "$1"; fi; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

printf '%-12s %-10s %-9s %-9s %-9s %-9s %-11s %-8s %-11s\n' rows wall_s ingest_s floor_s ratio rows_per_s peak_rss_mb heap ingest_of
for target in "${sizes[@]}"; do
  data="$work/data-$target"
  # the generator writes ~15.1 rating rows per candidate
  candidates=$(( target * 10 / 151 ))
  if [ ! -f "$data/planted.json" ]; then
    jobs/calibrate generate --out "$data" --candidates "$candidates" --parts 8 --seed 1 > "$work/generate-$target.log"
  fi
  rows=$(grep -o '[0-9,]* rating rows' "$work/generate-$target.log" | tr -d ', a-z')
  : > "$work/m-$target.txt"
  for i in $(seq 1 "$runs"); do
    floor=$(JAVA_OPTS="-Xmx$heap" CALIBRATE_MAIN=io.interviewcalibration.bench.ReadFloor jobs/calibrate scorecards "$data/scorecards" | grep -o 'floor_seconds=[0-9.]*' | cut -d= -f2)
    rm -rf "$work/reports"
    timer "$work/time.txt" env JAVA_OPTS="-Xmx$heap" jobs/calibrate run jobs/sample-quarter.yaml --period all \
      --scorecards "$data/scorecards" --stages "$data/stages" --outcomes "$data/outcomes" \
      --out "$work/reports" > "$work/run-$target-$i.log"
    read -r wall rss < "$work/time.txt"
    runjson=$(ls "$work"/reports/sample-quarter/*/run.json)
    ingest=$(python3 -c "import json,sys; print(json.load(open('$runjson'))['step_seconds']['read_validate_scorecards'])")
    echo "$wall $ingest $floor $rss" >> "$work/m-$target.txt"
  done
  wall=$(cut -d' ' -f1 "$work/m-$target.txt" | median)
  ingest=$(cut -d' ' -f2 "$work/m-$target.txt" | median)
  floor=$(cut -d' ' -f3 "$work/m-$target.txt" | median)
  rss=$(cut -d' ' -f4 "$work/m-$target.txt" | median)
  ratio=$(awk "BEGIN {printf \"%.2f\", $ingest / $floor}")
  rate=$(awk "BEGIN {printf \"%.0f\", $rows / $wall}")
  printf '%-12s %-10s %-9s %-9s %-9s %-9s %-11s %-8s %-11s\n' "$rows" "$wall" "$ingest" "$floor" "$ratio" "$rate" "$((rss / 1024))" "$heap" "scorecards"
done
echo "(medians of $runs runs; per-run figures in $work/m-<rows>.txt)"
