#!/usr/bin/env bash
# Checks TuneDrop's Debian package end to end.
#
#   tests/package/check_package.sh BUILD_DIR
#
# 1. `cpack -G DEB` in BUILD_DIR (into BUILD_DIR/package-deb), or the .deb named by
#    $TUNEDROP_DEB when set.
# 2. Without root: the package's metadata and contents (desktop-file-validate,
#    appstreamcli validate --no-net, lintian with no E:, dpkg-deb -c / -f, the man page renders
#    without warnings and documents every option `tunedrop --help` prints).
# 3. As root only: dpkg -i, run the installed /usr/bin/tunedrop (--version and a real
#    conversion), dpkg --purge, and check that nothing is left. Without root it prints
#    "SKIP: ..." and exits 77 (ctest's SKIP_RETURN_CODE) once the checks of step 2 passed.
#
# Needs: cmake (cpack), dpkg-dev (dpkg-shlibdeps), lintian, desktop-file-utils, appstream,
# man-db, file, ffmpeg. Prints one PASS/FAIL line per check; exits 1 when any failed.
set -uo pipefail

build_dir="${1:-}"
if [ -z "$build_dir" ] || [ ! -f "$build_dir/CMakeCache.txt" ]; then
    echo "usage: $0 BUILD_DIR (a configured and built TuneDrop build folder)" >&2
    exit 2
fi
build_dir="$(cd "$build_dir" && pwd)"
export QT_QPA_PLATFORM=offscreen
export LC_ALL=C.UTF-8

app_id="io.github.tunedrop.TuneDrop"
icon_sizes=(16 22 24 32 48 64 128 256 512)
languages=(de es fr)
failures=0
installed_by_us=0

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# check DESCRIPTION COMMAND...: PASS when the command succeeds, else FAIL with its output.
check() {
    local what="$1" out
    shift
    if out="$("$@" 2>&1)"; then
        pass "$what"
    else
        fail "$what"
        [ -n "$out" ] && printf '%s\n' "$out" | sed 's/^/    /'
    fi
}

work="$(mktemp -d "${TMPDIR:-/tmp}/tunedrop-pkg.XXXXXX")"
cleanup() {
    if [ "$installed_by_us" = 1 ] && dpkg-query -W -f='${Status}' tunedrop 2>/dev/null | grep -q 'installed'; then
        echo "cleanup: dpkg --purge tunedrop"
        dpkg --purge tunedrop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

for tool in cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli man; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        fail "tool $tool is missing (installer/bootstrap.sh installs it)"
    fi
done
[ "$failures" -eq 0 ] || exit 1

# --- 1. the package ----------------------------------------------------------------------
if [ -n "${TUNEDROP_DEB:-}" ]; then
    deb="$TUNEDROP_DEB"
    echo "using $deb"
else
    out_dir="$build_dir/package-deb"
    rm -f "$out_dir"/tunedrop_*.deb
    echo "cpack -G DEB in $build_dir (output in $out_dir)"
    if ! (cd "$build_dir" && cpack -G DEB -B "$out_dir") >"$work/cpack.log" 2>&1; then
        cat "$work/cpack.log"
        fail "cpack -G DEB"
        exit 1
    fi
    deb="$(ls -t "$out_dir"/tunedrop_*.deb 2>/dev/null | head -n 1)"
fi
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    fail "no tunedrop_*.deb was produced"
    exit 1
fi
pass "package built: $(basename "$deb")"

# --- 2. metadata and contents (no root needed) -------------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -c "$deb" >"$work/contents.txt"
contents() { grep -qE " \\./$1\$" "$work/contents.txt"; }

check "dpkg-deb -f Package is tunedrop" test "$(dpkg-deb -f "$deb" Package)" = tunedrop
version="$(dpkg-deb -f "$deb" Version)"
check "version $version is the project's" grep -q "^CMAKE_PROJECT_VERSION:STATIC=$version\$" "$build_dir/CMakeCache.txt"
depends="$(dpkg-deb -f "$deb" Depends)"
if [ -n "$depends" ] && grep -q 'libqt6core6' <<<"$depends" && grep -q 'libqt6widgets6' <<<"$depends"; then
    pass "Depends (dpkg-shlibdeps) lists the Qt 6 libraries"
else
    fail "Depends is empty or lacks libqt6core6/libqt6widgets6: '$depends'"
fi
recommends="$(dpkg-deb -f "$deb" Recommends)"
if grep -qE '(^|, )yt-dlp(,|$)' <<<"$recommends"; then
    pass "Recommends lists yt-dlp"
else
    fail "Recommends lacks yt-dlp: '$recommends'"
fi
check "Section is sound" test "$(dpkg-deb -f "$deb" Section)" = sound
check "control archive has md5sums" bash -c "dpkg-deb -I '$deb' | grep -q ' md5sums'"
if awk '{print $2}' "$work/contents.txt" | grep -qv '^root/root$'; then
    fail "every file is owned by root/root"
else
    pass "every file is owned by root/root"
fi

expected=(
    "usr/bin/tunedrop"
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "usr/share/man/man1/tunedrop.1.gz"
    "usr/share/doc/tunedrop/copyright"
    "usr/share/doc/tunedrop/changelog.gz"
)
for n in "${icon_sizes[@]}"; do
    expected+=("usr/share/icons/hicolor/${n}x${n}/apps/$app_id.png")
done
for lang in "${languages[@]}"; do
    expected+=("usr/share/tunedrop/translations/tunedrop_$lang.qm")
done
missing=()
for f in "${expected[@]}"; do
    contents "$f" || missing+=("$f")
done
if [ "${#missing[@]}" -eq 0 ]; then
    pass "contents: binary, desktop file, metainfo, ${#icon_sizes[@]} PNG sizes + SVG, man page, copyright, changelog, .qm for ${languages[*]}"
else
    fail "contents: missing ${missing[*]}"
fi
check "/usr/bin/tunedrop is executable (0755)" bash -c "grep -q '^-rwxr-xr-x .* \\./usr/bin/tunedrop\$' '$work/contents.txt'"
check "/usr/bin/tunedrop is stripped" bash -c "file -L '$root/usr/bin/tunedrop' | grep -q ', stripped'"
for n in "${icon_sizes[@]}"; do
    png="$root/usr/share/icons/hicolor/${n}x${n}/apps/$app_id.png"
    if [ -f "$png" ] && ! file "$png" | grep -q "PNG image data, $n x $n,"; then
        fail "icon ${n}x${n} has the wrong size: $(file -b "$png")"
    fi
done

check "desktop-file-validate $app_id.desktop" desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
check "appstreamcli validate --no-net $app_id.metainfo.xml" \
    appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
check "man page is gzip -9n" bash -c "gzip -t '$root/usr/share/man/man1/tunedrop.1.gz' && file '$root/usr/share/man/man1/tunedrop.1.gz' | grep -q 'max compression' && ! file '$root/usr/share/man/man1/tunedrop.1.gz' | grep -q 'was \"'"
man_warnings="$(MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/tunedrop.1.gz" 2>&1 >/dev/null)"
if [ -z "$man_warnings" ]; then
    pass "man --warnings renders tunedrop(1) cleanly"
else
    fail "man --warnings: $man_warnings"
fi

# Every option that `tunedrop --help` prints must be in the man page.
help="$("$root/usr/bin/tunedrop" --help 2>&1)"
help_rc=$?
if [ "$help_rc" -ne 0 ] || [ -z "$help" ]; then
    fail "packaged tunedrop --help (exit $help_rc): $help"
else
    man_text="$(MANWIDTH=200 man -l "$root/usr/share/man/man1/tunedrop.1.gz" 2>/dev/null | col -b | sed "s/\xe2\x80\x90/-/g; s/\xe2\x88\x92/-/g")"
    undocumented=()
    while read -r opt; do
        grep -qE -- "(^|[^a-z0-9-])${opt//./\\.}([^a-z0-9-]|\$)" <<<"$man_text" || undocumented+=("$opt")
    done < <(grep -oE -- '(^|[ ,])--?[a-zA-Z][a-zA-Z0-9.-]*' <<<"$(sed -n '/^Options:/,/^Arguments:/p' <<<"$help")" \
             | sed 's/^[ ,]*//' | sort -u)
    if [ "${#undocumented[@]}" -eq 0 ]; then
        pass "man page documents every option of tunedrop --help"
    else
        fail "man page lacks: ${undocumented[*]}"
    fi
fi

lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1
lintian_rc=$?
grep -E '^[EW]: ' "$work/lintian.txt" | sed 's/^/    lintian: /'
if grep -q '^E: ' "$work/lintian.txt"; then
    fail "lintian reports errors (E:)"
elif [ "$lintian_rc" -ge 2 ]; then
    sed 's/^/    /' "$work/lintian.txt"
    fail "lintian itself failed (exit $lintian_rc)"
else
    pass "lintian: no errors ($(grep -c '^W: ' "$work/lintian.txt") warnings)"
fi

if [ "$failures" -ne 0 ]; then
    echo "FAIL: $failures package check(s) failed"
    exit 1
fi

# --- 3. install, run, purge (root only) ---------------------------------------------------
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: install test needs root (dpkg -i)"
    exit 77
fi

if dpkg-query -W -f='${Status}' tunedrop 2>/dev/null | grep -q 'installed\|config-files'; then
    echo "purging the tunedrop package that was installed before"
    dpkg --purge tunedrop >/dev/null 2>&1 || { fail "dpkg --purge of the old tunedrop"; exit 1; }
fi
installed_by_us=1
export DEBIAN_FRONTEND=noninteractive
if dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
    pass "dpkg -i $(basename "$deb")"
elif grep -q 'dependency problems' "$work/dpkg.log" && apt-get install -f -y -qq --no-install-recommends >>"$work/dpkg.log" 2>&1 \
     && dpkg-query -W -f='${Status}' tunedrop 2>/dev/null | grep -q '^install ok installed$'; then
    pass "dpkg -i $(basename "$deb") (missing dependencies installed by apt-get install -f)"
else
    sed 's/^/    /' "$work/dpkg.log"
    fail "dpkg -i $(basename "$deb")"
    exit 1
fi

check "installed /usr/bin/tunedrop" test -x /usr/bin/tunedrop
check "installed desktop file" test -f "/usr/share/applications/$app_id.desktop"
# Slim container images tell dpkg not to unpack manuals (path-exclude=/usr/share/man/*).
if grep -rqs '^path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/; then
    echo "NOTE: dpkg is set to skip /usr/share/man here: the installed man page is not checked"
else
    check "installed man page is found by man" bash -c "MANWIDTH=80 man -w tunedrop | grep -q '^/usr/share/man/man1/tunedrop.1.gz$'"
fi

profile="$work/profile"
version_out="$(/usr/bin/tunedrop --version --profile "$profile" 2>&1)"
version_rc=$?
if [ "$version_rc" -eq 0 ] && grep -q "^TuneDrop $version\$" <<<"$version_out"; then
    pass "/usr/bin/tunedrop --version prints TuneDrop $version"
else
    fail "/usr/bin/tunedrop --version (exit $version_rc): $version_out"
fi

if ! command -v ffmpeg >/dev/null 2>&1; then
    fail "ffmpeg CLI is missing: cannot make the test tone"
elif ! ffmpeg -nostdin -hide_banner -loglevel error -f lavfi -i sine=frequency=1000:duration=3 \
        -c:a libopus "$work/tone.webm" >"$work/ffmpeg.log" 2>&1; then
    sed 's/^/    /' "$work/ffmpeg.log"
    fail "ffmpeg could not make the test tone"
else
    mkdir -p "$work/out"
    once_out="$(timeout 300 /usr/bin/tunedrop --headless --once --profile "$profile" \
                 --output-dir "$work/out" "$work/tone.webm" 2>"$work/once.err")"
    once_rc=$?
    mp3="$(tail -n 1 <<<"$once_out")"
    if [ "$once_rc" -eq 0 ] && [ -f "$mp3" ] && [[ "$mp3" == "$work/out/"*.mp3 ]] \
       && file "$mp3" | grep -qiE 'MPEG ADTS, layer III|Audio file with ID3'; then
        pass "/usr/bin/tunedrop --headless --once converted a 3 s tone to $(basename "$mp3")"
    else
        fail "/usr/bin/tunedrop --headless --once (exit $once_rc, stdout '$once_out')"
        sed 's/^/    /' "$work/once.err"
    fi
fi

if dpkg --purge tunedrop >"$work/purge.log" 2>&1; then
    pass "dpkg --purge tunedrop"
    installed_by_us=0
else
    sed 's/^/    /' "$work/purge.log"
    fail "dpkg --purge tunedrop"
fi
check "/usr/bin/tunedrop is gone" test ! -e /usr/bin/tunedrop
check "desktop file is gone" test ! -e "/usr/share/applications/$app_id.desktop"
check "no tunedrop package remains" bash -c "! dpkg-query -W -f='\${Status}' tunedrop 2>/dev/null | grep -q 'installed\|config-files'"

if [ "$failures" -ne 0 ]; then
    echo "FAIL: $failures package check(s) failed"
    exit 1
fi
echo "PASS: all package checks"
exit 0
