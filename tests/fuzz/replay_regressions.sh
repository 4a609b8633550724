#!/bin/bash
# Runs every fuzz_* target once over its saved crash inputs (tests/fuzz/regressions/<target>)
# and its seeds (tests/fuzz/corpus/<target>), without fuzzing. Exits 1 if any input fails.
#   tests/fuzz/replay_regressions.sh BUILD_DIR [TARGET...]
# TARGET names one target (cookiefile, transcoder, ...): one ctest per target can call this.
set -uo pipefail

if [[ $# -lt 1 || ! -d $1 ]]; then
    echo "usage: $0 BUILD_DIR [TARGET...]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")" && pwd)

# shellcheck source=fuzz_targets.sh
source "$here/fuzz_targets.sh"
fuzz_targets "$build" "$@"

work=$(mktemp -d "${TMPDIR:-/tmp}/tunedrop-replay.XXXXXX")
trap 'rm -rf "$work"' EXIT
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
isolate=()
if unshare -rn true 2>/dev/null; then
    isolate=(unshare -rn)
fi

run() {  # binary files...: 0 when every file runs clean
    local binary=$1
    shift
    (cd "$work" && TMPDIR="$work" "${isolate[@]}" "$binary" -timeout=10 -rss_limit_mb=2048 "$@") \
        > "$work/log" 2>&1
}

failed=0
for binary in "${targets[@]}"; do
    name=$(basename "$binary")
    name=${name#fuzz_}
    if [[ ! -x $binary ]]; then
        echo "fuzz_$name: not built" >&2
        failed=1
        continue
    fi
    mapfile -t inputs < <(find "$here/regressions/$name" "$here/corpus/$name" -maxdepth 1 -type f \
                              ! -name '.*' ! -name '*.md' 2>/dev/null | sort)
    if [[ ${#inputs[@]} -eq 0 ]]; then
        echo "fuzz_$name: no inputs"
        continue
    fi
    if run "$binary" "${inputs[@]}"; then
        echo "fuzz_$name: ${#inputs[@]} inputs ok"
        continue
    fi
    # One process stops at the first failure: name every input that fails.
    failed=1
    for input in "${inputs[@]}"; do
        if ! run "$binary" "$input"; then
            echo "fuzz_$name: FAILED on ${input#"$here"/}:"
            grep -m3 -E '==ERROR|runtime error|FUZZ_CHECK failed|ALARM|out-of-memory|qFatal|^    #[0-4] ' "$work/log" | sed 's/^/    /'
        fi
    done
done
exit $failed
