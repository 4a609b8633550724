#!/usr/bin/env bash
# TuneDrop bootstrap: installs every build/test dependency from Debian's packages,
# configures, builds, then launches the app (`run`) or runs the whole test suite (`test`).
# Idempotent: packages already present are skipped by apt; the build folders are reused and
# ccache keeps compiled objects between clean clones.
#
#   installer/bootstrap.sh deps     install dependencies only
#   installer/bootstrap.sh build    deps + configure + build (Release, -O3 -g)
#   installer/bootstrap.sh run [ARGS...]   deps + build + launch tunedrop
#   installer/bootstrap.sh test [CTEST ARGS...]  deps + every check configuration in turn
#   installer/bootstrap.sh check CONFIG [CTEST ARGS...]  one configuration (deps not installed):
#       release  Release -O3 build, -Werror, the whole suite (incl. the static checks, .deb)
#       asan     AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer, whole suite
#       tsan     ThreadSanitizer, against Qt built with TSan too: the suites labelled `tsan`
#       fuzz     clang + libFuzzer under ASan/UBSan: every target for TUNEDROP_FUZZ_SECONDS
#                (default 60) and every kept regression input
#   TUNEDROP_CHECKS="release asan" picks what `test` runs (default: release tsan asan fuzz, the
#   quickest first so that a failure shows early).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${TUNEDROP_BUILD_DIR:-$here/build}"

# One line per package group; README.md explains why each is needed.
build_packages=(
  build-essential cmake ninja-build pkg-config git ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-multimedia-dev qtkeychain-qt6-dev qt6-svg-dev
  libavformat-dev libavcodec-dev libswresample-dev libavutil-dev libswscale-dev
  libmp3lame-dev libtag1-dev libqrencode-dev
)
runtime_packages=(
  ffmpeg yt-dlp
  gstreamer1.0-plugins-good gstreamer1.0-libav gstreamer1.0-pulseaudio
  qt6-qpa-plugins libqt6svg6
)
test_packages=(
  clang libclang-rt-14-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools pulseaudio
  lintian desktop-file-utils appstream file man-db
  python3 time procps util-linux mount
  lame mp3val mpg123 python3-mutagen zbar-tools
  fonts-dejavu-core fonts-wqy-microhei fonts-noto-color-emoji
  chromium
  # Building QtCore/Network/Test/Sql with ThreadSanitizer (tests/sanitizers/qt_tsan.sh):
  dpkg-dev debian-archive-keyring libglib2.0-dev libicu-dev libpcre2-dev zlib1g-dev
  libdouble-conversion-dev libb2-dev libzstd-dev libssl-dev libproxy-dev libkrb5-dev
  libbrotli-dev libsctp-dev libsqlite3-dev
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

# The browser test drives Debian's Chromium with playwright-core from npm (pinned in
# tests/e2e/package-lock.json); Node.js comes from Debian when the machine has none.
install_e2e() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    as_root apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  (cd "$here/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
}

install_deps() {
  local want=("${build_packages[@]}" "${runtime_packages[@]}")
  [ "${1:-}" = test ] && want+=("${test_packages[@]}")
  local missing
  missing=$(missing_packages "${want[@]}")
  if [ -n "$missing" ]; then
    echo "bootstrap: installing:" $missing
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    # shellcheck disable=SC2086
    as_root apt-get install -y -qq --no-install-recommends $missing
  fi
}

# configure DIR [CMAKE ARGS...]: Release (-O3 with debug info, what packagers build) by default.
configure() {
  local dir="$1"; shift
  local launcher=()
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the checkout, and no working-folder hash: a clean clone in another
    # folder (CI) reuses what an earlier clone compiled.
    export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true
  fi
  cmake -S "$here" -B "$dir" -G Ninja "${launcher[@]}" \
    -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-Release}" -DCMAKE_CXX_FLAGS_RELEASE="-O3 -DNDEBUG -g" "$@"
}

build() {
  configure "$build_dir" "$@"
  cmake --build "$build_dir" --parallel "$(nproc)"
}

sanitizer_env() {
  local supp="$here/tests/sanitizers"
  export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:abort_on_error=0:halt_on_error=1"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
  # die_after_fork=0: the tests start ffmpeg/yt-dlp through QProcess (fork + exec at once).
  export TSAN_OPTIONS="suppressions=$supp/tsan.supp:halt_on_error=1:second_deadlock_stack=1:history_size=4:die_after_fork=0"
}

run_ctest() {
  local dir="$1"; shift
  (cd "$dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 "$@")
}

# check CONFIG [CTEST ARGS...]: one configuration, each in its own build folder.
check() {
  local config="$1"; shift
  local started=$SECONDS
  echo "bootstrap: === $config ==="
  case "$config" in
    release)
      build -DTUNEDROP_WERROR=ON
      run_ctest "$build_dir" "$@" ;;
    asan)
      configure "$build_dir-asan" -DTUNEDROP_WERROR=ON -DTUNEDROP_SANITIZE=address,undefined
      cmake --build "$build_dir-asan" --parallel "$(nproc)"
      (sanitizer_env; run_ctest "$build_dir-asan" -LE package "$@") ;;
    tsan)
      # Qt built with -fsanitize=thread from Debian's source, cached by version (cold: one
      # build of four Qt modules; warm: nothing), so TSan sees Qt's hand-offs too.
      local qt_tsan
      qt_tsan="$(bash "$here/tests/sanitizers/qt_tsan.sh")"
      configure "$build_dir-tsan" -DTUNEDROP_WERROR=ON -DTUNEDROP_SANITIZE=thread
      # Only what the `tsan` label runs (tests/CMakeLists.txt says why it is those).
      cmake --build "$build_dir-tsan" --parallel "$(nproc)" --target tsan_suites
      (sanitizer_env; export LD_LIBRARY_PATH="$qt_tsan${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
       run_ctest "$build_dir-tsan" -L tsan "$@") ;;
    fuzz)
      CC=clang CXX=clang++ configure "$build_dir-fuzz" -DBUILD_TESTING=OFF -DTUNEDROP_WERROR=ON \
        -DTUNEDROP_FUZZ=ON -DTUNEDROP_SANITIZE=address,undefined
      cmake --build "$build_dir-fuzz" --parallel "$(nproc)"
      (sanitizer_env
       bash "$here/tests/fuzz/replay_regressions.sh" "$build_dir-fuzz"
       bash "$here/tests/fuzz/run_fuzzers.sh" "$build_dir-fuzz" "${TUNEDROP_FUZZ_SECONDS:-60}") ;;
    *) echo "bootstrap: unknown check configuration: $config" >&2; return 2 ;;
  esac
  echo "bootstrap: === $config passed in $((SECONDS - started)) s ==="
}

cmd="${1:-test}"
shift || true
case "$cmd" in
  deps)  install_deps test ;;
  build) install_deps; build ;;
  run)   install_deps; build; exec "$build_dir/app/tunedrop" "$@" ;;
  test)
    install_deps test
    install_e2e
    started=$SECONDS
    for config in ${TUNEDROP_CHECKS:-release tsan asan fuzz}; do
      check "$config" "$@"
    done
    echo "bootstrap: every configuration passed in $((SECONDS - started)) s"
    ;;
  check) check "$@" ;;
  *) echo "usage: $0 {deps|build|run|test|check CONFIG}" >&2; exit 2 ;;
esac
