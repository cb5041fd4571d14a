#!/usr/bin/env bash
# Benchmarks the text parser: builds the JMH jar, generates the synthetic archive when missing, checks
# that the parser reads every page, runs both benchmarks once, and prints MB/s per core.
#
#   benchmarks/run.sh [JMH OPTIONS...]     e.g. benchmarks/run.sh -wi 1 -i 2   (a quicker, rougher run)
#
# Environment:
#   ARCHIVE=DIR        where the archive is (default benchmarks/target/archive)
#   ARCHIVE_MB=N       its least size in MiB (default 100)
#   SEED=N             the generator's seed (default: ArchiveConfig.DEFAULT_SEED)
#   SKIP_BUILD=1       use the jar already built
#   SKIP_CHECK=1       skip the untimed check pass (it names any page the parser fails on)
#
# MB = 10^6 bytes. Both benchmarks are single-threaded, so MB/s is per core.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

archive="${ARCHIVE:-$here/target/archive}"
props=(-Dbroadsheet.bench.archive="$archive" -Dbroadsheet.bench.archiveMb="${ARCHIVE_MB:-100}")
if [[ -n "${SEED:-}" ]]; then
  props+=(-Dbroadsheet.bench.seed="$SEED")
fi

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building the benchmarks jar (mvn -B -q -DskipTests package -pl benchmarks -am)"
  mvn -B -q -DskipTests package -pl benchmarks -am
fi
jar="$(ls "$here"/target/broadsheet-benchmarks-*-jmh.jar 2>/dev/null | head -n 1 || true)"
if [[ -z "$jar" ]]; then
  echo "run.sh: no benchmarks jar in $here/target (build without SKIP_BUILD=1)" >&2
  exit 1
fi

echo "== archive"
java "${props[@]}" -cp "$jar" io.broadsheet.benchmarks.ArchiveGenerator

if [[ "${SKIP_CHECK:-0}" != 1 ]]; then
  echo "== check: one untimed parse of every page"
  java "${props[@]}" -cp "$jar" io.broadsheet.benchmarks.ArchiveCheck
fi

# The archive's size as the benchmark reads it: *.txt pages, hidden files and folders skipped.
bytes="$(cd "$archive" && find . -type f -name '*.txt' -not -path '*/.*' -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s }')"
pages="$(cd "$archive" && find . -type f -name '*.txt' -not -path '*/.*' | wc -l | tr -d ' ')"
result="$here/target/jmh-result.csv"
log="$here/target/jmh-output.txt"
rm -f "$result"

echo "== JMH (the forked JVM inherits the -D settings above; output also in $log)"
# The system properties go to this JVM; JMH passes the host JVM's options on to its fork.
java "${props[@]}" -jar "$jar" 'io\.broadsheet\.benchmarks\.ArchiveBenchmark\.' \
  -rf csv -rff "$result" "$@" 2>&1 | tee "$log"

if [[ ! -s "$result" ]]; then
  echo "run.sh: JMH wrote no results (see $log)" >&2
  exit 1
fi

jdk="$(java -version 2>&1 | head -n 1)"
cores="$(nproc 2>/dev/null || echo '?')"
echo
echo "== results: $pages pages, $bytes bytes ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB); $jdk; $cores cores"
# CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit" with Unit ms/op (one pass).
LC_ALL=C awk -F, -v bytes="$bytes" '
  NR == 1 { next }
  {
    gsub(/["\r]/, "")
    name = $1; sub(/.*\./, "", name)
    score = $5 + 0; err = $6; unit = $7
    if (unit != "ms/op") { printf "unexpected unit %s for %s\n", unit, name; next }
    mbs = bytes / 1e6 / (score / 1000)
    if (err == "NaN" || err == "") { range = ""; err = "n/a" }
    else { lo = bytes / 1e6 / ((score + err) / 1000); hi = (score - err > 0) ? bytes / 1e6 / ((score - err) / 1000) : 0
           range = sprintf("(%.1f to %.1f)", lo, hi) }
    printf "%-14s %10.1f ms/pass ± %-8s %4d samples  %9.1f MB/s per core %s\n", name, score, err, $4, mbs, range
    rate[name] = mbs
  }
  END {
    if (("parseArchive" in rate) && ("decodeOnly" in rate) && rate["parseArchive"] > 0)
      printf "parse runs at %.1f%% of the decode-only floor (the floor is %.1fx faster)\n",
             100 * rate["parseArchive"] / rate["decodeOnly"], rate["decodeOnly"] / rate["parseArchive"]
  }' "$result"
