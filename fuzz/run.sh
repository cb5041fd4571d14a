#!/usr/bin/env bash
# Fuzzes every target in turn for SECONDS each (default 30), one JVM per target.
#   fuzz/run.sh [SECONDS] [TARGET_CLASS_PATTERN]      e.g. fuzz/run.sh 600 'Csv*'
# A finding fails the run and is written as crash-<sha1> into
# fuzz/src/test/resources/io/broadsheet/fuzz/<Target>Inputs/<method>/, which `mvn verify` then replays.
# Each target ends with libFuzzer's figures: '#N DONE cov: C ft: F' (executions, coverage edges and
# features) and 'stat::' lines.
# The corpus the fuzzer grows is kept in fuzz/.cifuzz-corpus (not versioned) and resumed on the next run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
targets="${2:-*FuzzTest}"
per_input=10   # seconds; the same limit as junit-platform.properties gives replays

JAZZER_FUZZ=1 mvn -B -o -q -pl fuzz -am test \
  -Dtest="$targets" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.max_duration="${seconds}s" \
  -Djunit.jupiter.execution.timeout.mode=disabled \
  -Djazzer.internal.arg.0=fuzz \
  -Djazzer.internal.arg.1=-timeout="$per_input" \
  -Djazzer.internal.arg.2=-print_final_stats=1

