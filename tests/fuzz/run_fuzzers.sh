#!/bin/bash
# Fuzzes every fuzz_* target of a TUNEDROP_FUZZ=ON build for SECONDS each, two at a time.
#   tests/fuzz/run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]   (TARGET: cookiefile, transcoder, ...)
# Each target starts from a temporary copy of its seeds (tests/fuzz/corpus/<target>) and saved
# crashes (tests/fuzz/regressions/<target>), so the repository is never written to. Crash, leak,
# timeout and out-of-memory inputs are kept in BUILD_DIR/fuzz-crashes/<target>/, logs in
# BUILD_DIR/fuzz-logs/<target>.log. Prints one line per target; exits 1 if any target failed.
# Targets run without network access where the kernel allows it (unshare -rn), in an empty
# working folder: a demuxer that follows references inside its input finds nothing to reach.
set -uo pipefail

if [[ $# -lt 2 || ! -d $1 || ! $2 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 BUILD_DIR SECONDS [TARGET...]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
parallel=${TUNEDROP_FUZZ_PARALLEL:-2}

# shellcheck source=fuzz_targets.sh
source "$here/fuzz_targets.sh"
fuzz_targets "$build" "$@"

work=$(mktemp -d "${TMPDIR:-/tmp}/tunedrop-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/fuzz-crashes" "$build/fuzz-logs"

isolate=()
if unshare -rn true 2>/dev/null; then
    isolate=(unshare -rn)
fi
# Stack traces for UBSan reports too; sanitizer errors end the run (-fno-sanitize-recover=all).
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}

fuzz_one() {
    local binary=$1 name
    name=$(basename "$binary")
    name=${name#fuzz_}
    if [[ ! -x $binary ]]; then
        printf '%-22s not built\n' "fuzz_$name" > "$work/$name.summary"
        return 1
    fi
    local corpus="$work/$name/corpus" cwd="$work/$name/cwd" crashes="$build/fuzz-crashes/$name"
    local log="$build/fuzz-logs/$name.log"
    mkdir -p "$corpus" "$cwd" "$work/$name/tmp" "$crashes"
    for dir in "$here/corpus/$name" "$here/regressions/$name"; do
        [[ -d $dir ]] && find "$dir" -maxdepth 1 -type f ! -name '.*' ! -name '*.md' -exec cp {} "$corpus/" \;
    done
    local args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
                -artifact_prefix="$crashes/")
    [[ -f $here/dict/$name.dict ]] && args+=(-dict="$here/dict/$name.dict")
    local before after status
    count() { find "$crashes" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l; }
    before=$(count)
    (cd "$cwd" && TMPDIR="$work/$name/tmp" timeout --kill-after=30 $((seconds + 120)) \
        "${isolate[@]}" "$binary" "${args[@]}" "$corpus") > "$log" 2>&1
    status=$?
    after=$(count)
    local execs
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    [[ -z $execs ]] && execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
    local found=$((after - before))
    if [[ $status -ne 0 && $found -eq 0 ]]; then
        found=1  # died without an artifact (killed, or a failure outside an input)
    fi
    local verdict="ok"
    if [[ $found -gt 0 ]]; then
        verdict="FAILED (exit $status): $(grep -m1 -E '^==[0-9]+==ERROR|runtime error|FUZZ_CHECK failed|ALARM|out-of-memory|qFatal' "$log" | cut -c1-160)"
    fi
    printf '%-22s %10s execs  %d crashes  %s  [%s]\n' "fuzz_$name" "${execs:-?}" "$found" "$verdict" "$log" \
        > "$work/$name.summary"
    [[ $found -eq 0 ]]
}

echo "Fuzzing ${#targets[@]} targets for $seconds s each, $parallel at a time (crashes: $build/fuzz-crashes)"
failed=0
running=0
for binary in "${targets[@]}"; do
    if [[ $running -ge $parallel ]]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
    fuzz_one "$binary" &
    running=$((running + 1))
done
while [[ $running -gt 0 ]]; do
    wait -n || failed=1
    running=$((running - 1))
done

cat "$work"/*.summary
if [[ $failed -ne 0 ]]; then
    echo "Some targets failed. Reproduce with: BUILD_DIR/tests/fuzz/fuzz_<target> <crash file>;" \
         "save the input in tests/fuzz/regressions/<target>/ once fixed."
    exit 1
fi
exit 0
