#!/usr/bin/env bash
# End-to-end benchmark: whole processes, side by side on the same pages. Generates archives of page
# dumps (ArchiveGenerator), times `broadsheet convert` (to epub, to json, to all five formats) and
# pandoc (`-f markdown -t epub3` and `-t json`) on the same text, all with /usr/bin/time, and prints
# CPU (user+sys), wall time, peak RSS and pandoc's CPU divided by ours (higher is better for us).
#
#   benchmarks/e2e.sh                 2 and 20 MiB (about 5 minutes on 2 shared cores)
#   benchmarks/e2e.sh --large         also 200 MiB (Broadsheet only: pandoc needs several GB there)
#   SIZES="2 20 50" benchmarks/e2e.sh  any sizes, in MiB
#
# Environment: RUNS=N (runs of each command, the median is shown; default 3 at 2 MiB, else 1),
# JAVA_OPTS (passed to the launcher), SKIP_BUILD=1, WORK=DIR (archives and outputs; default
# benchmarks/target/e2e), NO_PANDOC=1. Results also go to $WORK/e2e-results.tsv.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="${WORK:-$here/target/e2e}"
sizes="${SIZES:-2 20}"
if [[ "${1:-}" == "--large" ]]; then sizes="$sizes 200"; fi
mkdir -p "$work"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building (mvn -B -q -DskipTests package -pl cli,benchmarks -am)"
  (cd "$root" && mvn -B -q -DskipTests package -pl cli,benchmarks -am)
fi
bench_jar="$(ls "$here"/target/broadsheet-benchmarks-*-jmh.jar | head -n 1)"
launcher="$root/broadsheet"
have_pandoc=1
if [[ "${NO_PANDOC:-0}" == 1 ]] || ! command -v pandoc >/dev/null; then have_pandoc=0; fi

results="$work/e2e-results.tsv"
printf 'mib\ttool\ttarget\tcpu_s\twall_s\trss_mib\n' > "$results"

# measure LABEL SIZE RUNS CMD...: runs CMD RUNS times and records the median CPU, wall and peak RSS.
measure() {
  local tool="$1" target="$2" mib="$3" runs="$4"; shift 4
  local samples=()
  for ((i = 0; i < runs; i++)); do
    local t="$work/time.$$"
    if ! /usr/bin/time -f '%U %S %e %M' -o "$t" "$@" >"$work/last.out" 2>"$work/last.err"; then
      echo "  $tool $target: failed (exit code; see $work/last.err)" >&2
      tail -n 3 "$work/last.err" >&2
      return 0
    fi
    samples+=("$(awk '{ printf "%.2f %.2f %.0f", $1 + $2, $3, $4 / 1024 }' "$t")")
  done
  local med
  med="$(printf '%s\n' "${samples[@]}" | sort -n -k1,1 | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }')"
  read -r cpu wall rss <<<"$med"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$mib" "$tool" "$target" "$cpu" "$wall" "$rss" >> "$results"
  printf '  %-10s %-8s cpu %7.2f s  wall %7.2f s  peak RSS %5d MiB\n' "$tool" "$target" "$cpu" "$wall" "$rss"
}

for mib in $sizes; do
  archive="$work/archive-$mib"
  java -cp "$bench_jar" io.broadsheet.benchmarks.ArchiveGenerator --mb "$mib" --dir "$archive" >/dev/null
  bytes="$(find "$archive" -type f -name '*.txt' -not -path '*/.*' -printf '%s\n' | awk '{ s += $1 } END { print s }')"
  pages="$(find "$archive" -type f -name '*.txt' -not -path '*/.*' | wc -l | tr -d ' ')"
  # pandoc reads the same pages, concatenated in the order Broadsheet reads them, as one Markdown file.
  text="$work/archive-$mib.md"
  if [[ ! -s "$text" || "$text" -ot "$archive/.broadsheet-bench-archive" ]]; then
    (cd "$archive" && find . -type f -name '*.txt' -not -path '*/.*' | LC_ALL=C sort | xargs cat) > "$text"
  fi
  runs="${RUNS:-$([[ "$mib" -le 2 ]] && echo 3 || echo 1)}"
  echo "== $mib MiB: $pages pages, $bytes bytes; median of $runs run(s)"
  out="$work/out-$mib"
  for target in epub json all; do
    to="$target"; [[ "$target" == all ]] && to=json,markdown,csv,text,epub
    rm -rf "$out"
    measure broadsheet "$target" "$mib" "$runs" "$launcher" convert "$archive" --to "$to" -o "$out" -q
  done
  if [[ "$have_pandoc" == 1 && "$mib" -le 50 ]]; then
    measure pandoc epub "$mib" "$runs" pandoc -f markdown -t epub3 -o "$work/pandoc.epub" "$text"
    measure pandoc json "$mib" "$runs" pandoc -f markdown -t json -o "$work/pandoc.json" "$text"
  fi
done
rm -f "$work/time.$$"

echo
echo "== pandoc CPU / Broadsheet CPU, and pandoc wall / Broadsheet wall (higher: Broadsheet faster)"
order="$(tail -n +2 "$results" | cut -f1 | sort -nu | tr '\n' ' ')"
awk -F'\t' -v order="$order" '
  NR == 1 { next }
  { key = $1 "|" $2 "|" $3; cpu[key] = $4; wall[key] = $5; rss[key] = $6 }
  END {
    printf "%-6s %-7s %9s %9s %10s %10s %9s\n", "MiB", "target", "bs cpu", "bs wall", "cpu ratio", "wall ratio", "bs RSS"
    n = split(order, ms, " ")
    for (i = 1; i <= n; i++) {
      m = ms[i]
      split("epub json all", ts, " ")
      for (j = 1; j <= 3; j++) {
        t = ts[j]; b = m "|broadsheet|" t; p = m "|pandoc|" t
        if (!(b in cpu)) continue
        cr = (p in cpu && cpu[b] > 0) ? sprintf("%.1fx", cpu[p] / cpu[b]) : "-"
        wr = (p in wall && wall[b] > 0) ? sprintf("%.1fx", wall[p] / wall[b]) : "-"
        printf "%-6s %-7s %8.2fs %8.2fs %10s %10s %6d MiB\n", m, t, cpu[b], wall[b], cr, wr, rss[b]
      }
    }
  }' "$results"
