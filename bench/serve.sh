#!/usr/bin/env bash
# The editor's day on the shipped site: save → reloaded page in the preview, a template change,
# and `check`. Builds the generator and the harness, then runs no.kampanjekit.bench.ServeBench.
# See bench/README.md («Preview and check»).
#
#   bench/serve.sh [--runs 7] [--check-runs 5] [--jvm-opts "-XX:+UseSerialGC ..."]
#                  [--page content/….md --page-uri …/]
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/runs"
mkdir -p "$WORK"

quiet_mvn() { # log file, then Maven's arguments: shows the log only if Maven fails
  local log="$1"; shift
  if ! mvn -q -B "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "serve.sh: Maven failed (mvn $*)" >&2
    exit 1
  fi
}

case "${1:-}" in -h|--help) sed -n '2,7p' "$0"; exit 0 ;; esac

echo "serve.sh: building the harness (bench/harness) and Kampanjekit" >&2
quiet_mvn "$WORK/build-harness.log" -f "$BENCH/pom.xml" -pl harness compile
quiet_mvn "$WORK/build-kampanjekit.log" -f "$ROOT/pom.xml" compile dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$WORK/kampanjekit.classpath"

exec java -cp "$BENCH/harness/target/classes" no.kampanjekit.bench.ServeBench \
  --repo "$ROOT" --work "$WORK" --cp "$ROOT/target/classes:$(cat "$WORK/kampanjekit.classpath")" "$@"
