#!/usr/bin/env bash
# TuneDrop bootstrap: installs every build/test dependency from Debian's packages,
# configures, builds, then launches the app (`run`) or runs the whole test suite (`test`).
# Idempotent: packages already present are skipped by apt; the build folder is reused.
#
#   installer/bootstrap.sh deps     install dependencies only
#   installer/bootstrap.sh build    deps + configure + build
#   installer/bootstrap.sh run [ARGS...]   deps + build + launch tunedrop
#   installer/bootstrap.sh test [CTEST ARGS...]  deps + build + ctest
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${TUNEDROP_BUILD_DIR:-$here/build}"

# One line per package group; README.md explains why each is needed.
build_packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-svg-dev
  libavformat-dev libavcodec-dev libswresample-dev libavutil-dev libswscale-dev
  libmp3lame-dev libtag1-dev
)
runtime_packages=(
  ffmpeg yt-dlp
  gstreamer1.0-plugins-good gstreamer1.0-libav gstreamer1.0-pulseaudio
  qt6-qpa-plugins libqt6svg6
)
test_packages=(
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools pulseaudio
  lintian desktop-file-utils appstream file man-db
  python3 time procps util-linux mount
  fonts-dejavu-core fonts-wqy-microhei fonts-noto-color-emoji
  chromium
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

build() {
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}"
  cmake --build "$build_dir" --parallel "$(nproc)"
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
    build
    cd "$build_dir"
    export QT_QPA_PLATFORM=offscreen
    ctest --output-on-failure --timeout 900 "$@"
    ;;
  *) echo "usage: $0 {deps|build|run|test}" >&2; exit 2 ;;
esac
