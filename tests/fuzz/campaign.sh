#!/bin/sh
# A long fuzzing campaign over every target, started by hand:
#
#   tests/fuzz/campaign.sh HOURS [JOBS]
#
# Builds the fuzzing project (tests/fuzz/project) in build-campaign/ at the top of the
# repository (or $BD_FUZZ_BUILD), then runs each target in turn for its share of HOURS
# with JOBS worker processes (libFuzzer's fork mode; a crash, timeout or running out of
# memory is collected and fuzzing goes on). fuzz_csv gets half the time: it stands for
# every import kind, format and the detection; the other targets share the other half.
#
# Each target starts from its committed corpus (tests/fuzz/corpus/NAME), and fuzz_csv
# also from the shop exports in ../shared/data/webshop-exports/ next to the repository
# when that folder exists: they are copied into the campaign's own folder, never into
# the repository. Everything a campaign makes is in build-campaign/campaign-DATE/:
#   work/NAME       the corpus it grew      logs/NAME.log   libFuzzer's log
#   findings/NAME   crash-*, timeout-*, oom-* inputs        summary.txt
# and at the end it prints, per target, the executions, the coverage (cov and ft as the
# libFuzzer log last gave them) and the findings.
#
# A finding is reproduced with build-campaign/fuzz_NAME FILE and minimized with
# build-campaign/fuzz_NAME -minimize_crash=1 -runs=10000 -exact_artifact_path=OUT FILE.
set -eu

usage() {
    echo "usage: $0 HOURS [JOBS]" >&2
    exit 2
}
[ $# -ge 1 ] && [ $# -le 2 ] || usage
hours=$1
jobs=${2:-1}
case "$jobs" in '' | *[!0-9]*) usage ;; esac
total=$(awk -v h="$hours" 'BEGIN { if (h !~ /^[0-9]*\.?[0-9]+$/ || h <= 0) exit 1; printf "%d", h * 3600 }') || usage

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${BD_FUZZ_BUILD:-$repo/build-campaign}
exports="$repo/../shared/data/webshop-exports"
targets="csv parse mime templates"

clang=$(command -v clang++ || command -v clang++-16 || command -v clang++-15 || command -v clang++-14 || true)
[ -n "$clang" ] || { echo "$0: clang++ is needed to build the fuzz targets" >&2; exit 1; }

# The same objects whichever folder builds them: ccache finds the test suite's build.
export CCACHE_BASEDIR="$repo" CCACHE_NOHASHDIR=1
echo "building the fuzz targets in $build"
cmake -S "$here/project" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$clang" -DCMAKE_BUILD_TYPE=None >/dev/null
cmake --build "$build" -j2 --target $(for t in $targets; do printf 'fuzz_%s ' "$t"; done) >/dev/null

run="$build/campaign-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$run/logs" "$run/seeds"

# fuzz_csv reads its first byte as the importer (kind x format, or the reader alone) and
# whether the import is a dry run: each export is a seed once for every such choice.
if [ -d "$exports" ]; then
    mkdir -p "$run/seeds/csv"
    for file in "$exports"/*.csv; do
        [ -f "$file" ] || continue
        name=$(basename "$file" .csv)
        i=0
        while [ $i -lt 64 ]; do
            { printf "\\$(printf '%03o' $i)"; cat "$file"; } >"$run/seeds/csv/$name-$i"
            i=$((i + 1))
        done
    done
    echo "seeded fuzz_csv with $(ls "$exports"/*.csv | wc -l) shop exports from $exports"
fi

started=$(date +%s)
for target in $targets; do
    if [ "$target" = csv ]; then
        seconds=$((total / 2))
        maxlen=32768
    else
        seconds=$((total / 2 / 3))
        maxlen=4096
    fi
    [ $seconds -ge 1 ] || seconds=1
    mkdir -p "$run/work/$target" "$run/findings/$target"
    seeds="$here/corpus/$target"
    [ -d "$run/seeds/$target" ] && seeds="$seeds $run/seeds/$target"
    echo "fuzz_$target: ${seconds}s, $jobs job(s)"
    # Findings are kept, not fatal: the campaign runs its whole time.
    # shellcheck disable=SC2086
    (cd "$run/work" && LANG=C.UTF-8 TZ=UTC ASAN_OPTIONS=detect_leaks=0 "$build/fuzz_$target" \
        -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=$maxlen \
        -artifact_prefix="$run/findings/$target/" \
        "$run/work/$target" $seeds) >"$run/logs/$target.log" 2>&1 || true
done

{
    printf 'campaign of %s hour(s), %s job(s), %s seconds, in %s\n' "$hours" "$jobs" "$(($(date +%s) - started))" "$run"
    printf '%-16s %14s %8s %8s %8s %9s\n' target executions cov ft corpus findings
    for target in $targets; do
        log="$run/logs/$target.log"
        # Fork mode logs "#EXECS: cov: C ft: F corp: N ..."; the last line is the end.
        last=$(grep -E '^#[0-9]+:? .*cov: [0-9]+' "$log" | tail -n 1 || true)
        execs=$(printf '%s' "$last" | sed -n 's/^#\([0-9]*\).*/\1/p')
        cov=$(printf '%s' "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
        ft=$(printf '%s' "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
        corpus=$(ls "$run/work/$target" | wc -l)
        findings=$(ls "$run/findings/$target" | wc -l)
        printf '%-16s %14s %8s %8s %8s %9s\n' "fuzz_$target" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$corpus" "$findings"
    done
    for target in $targets; do
        for finding in "$run/findings/$target"/*; do
            [ -f "$finding" ] && echo "finding: fuzz_$target $finding"
        done
    done
    true
} | tee "$run/summary.txt"
