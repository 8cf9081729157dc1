#!/usr/bin/env bash
# Builds what the benchmark needs, writes the corpora, runs every runner as its own JVM and
# prints the table. See bench/README.md.
#
#   bench/run.sh [--sizes 100,1000] [--runs 3] [--runners jbake,floor,kampanjekit]
#                [--seed N] [--jvm-opts "-XX:+UseSerialGC ..."] [--timeout SECONDS]
#                [--quiet-wait SECONDS] [--max-noise 0.10] [--retries 2] [--second-builds]
#   --second-builds: after each Kampanjekit first build, build again into the same folder with
#   nothing changed, with --force (the caches only) and after editing one guide, and print how much faster each was.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/runs"

sizes=100,1000
runs=3
runners=jbake,floor,kampanjekit
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --runners) runners="$2"; shift 2 ;;
    --seed|--jvm-opts|--timeout|--quiet-wait|--max-noise|--retries) extra+=("$1" "$2"); shift 2 ;;
    --second-builds) extra+=(--second-builds true); shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

mkdir -p "$WORK"

if [[ ! -x /usr/bin/time ]]; then
  echo "run.sh: /usr/bin/time is missing (Debian package 'time'); peak memory will be sampled from /proc instead" >&2
fi

quiet_mvn() { # log file, then Maven's arguments: shows the log only if Maven fails
  local log="$1"; shift
  if ! mvn -q -B "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "run.sh: Maven failed (mvn $*)" >&2
    exit 1
  fi
}

echo "run.sh: building the benchmark (bench/pom.xml)" >&2
quiet_mvn "$WORK/build-bench.log" -f "$BENCH/pom.xml" compile

cp_of() { # module -> its classes folder and runtime dependencies
  printf '%s:%s' "$BENCH/$1/target/classes" "$(cat "$BENCH/$1/target/classpath.txt")"
}

args=(--repo "$ROOT" --work "$WORK" --sizes "$sizes" --runs "$runs"
      --cp-jbake "$(cp_of jbake)" --cp-floor "$(cp_of floor)")

wanted=()
IFS=, read -ra wanted <<< "$runners"
keep=()
for r in "${wanted[@]}"; do
  if [[ "$r" == kampanjekit ]]; then
    # The CLI's main class: no.kampanjekit.Main was the agreed name; the generator has it as
    # no.kampanjekit.cli.Main. Take whichever this checkout has.
    main_class=
    for c in no.kampanjekit.Main no.kampanjekit.cli.Main; do
      if [[ -f "$ROOT/src/main/java/${c//.//}.java" ]]; then main_class=$c; break; fi
    done
    if [[ -z "$main_class" ]]; then
      echo "run.sh: no Kampanjekit main class in this checkout yet: skipping the kampanjekit runner" >&2
      continue
    fi
    echo "run.sh: building Kampanjekit (pom.xml in the repository root)" >&2
    quiet_mvn "$WORK/build-kampanjekit.log" -f "$ROOT/pom.xml" compile dependency:build-classpath \
        -DincludeScope=runtime -Dmdep.outputFile="$WORK/kampanjekit.classpath"
    args+=(--cp-kampanjekit "$ROOT/target/classes:$(cat "$WORK/kampanjekit.classpath")"
           --kampanjekit-main "$main_class")
    # Ask for its per-stage times too, where the CLI has that option.
    if grep -q -- '"--timings"' "$ROOT/src/main/java/${main_class//.//}.java"; then
      args+=(--kampanjekit-timings true)
    fi
  fi
  keep+=("$r")
done
if [[ ${#keep[@]} -eq 0 ]]; then
  echo "run.sh: no runner left to run" >&2
  exit 2
fi
args+=(--runners "$(IFS=,; echo "${keep[*]}")")

exec java -cp "$BENCH/harness/target/classes" no.kampanjekit.bench.Bench "${args[@]}" ${extra[@]+"${extra[@]}"}
