# Sourced by run_fuzzers.sh and replay_regressions.sh: fills `targets` with the fuzz binaries of
# BUILD (every fuzz_* there, or the named ones) and exits 2 when there are none.
#   fuzz_targets BUILD [TARGET...]
fuzz_targets() {
    local build=$1
    shift
    if [[ $# -gt 0 ]]; then
        targets=()
        for name in "$@"; do targets+=("$build/tests/fuzz/fuzz_$name"); done
    else
        mapfile -t targets < <(find "$build/tests/fuzz" -maxdepth 1 -type f -name 'fuzz_*' -perm -u+x 2>/dev/null | sort)
    fi
    if [[ ${#targets[@]} -eq 0 ]]; then
        echo "no fuzz_* binaries in $build/tests/fuzz (configure with -DTUNEDROP_FUZZ=ON and build them)" >&2
        exit 2
    fi
}
