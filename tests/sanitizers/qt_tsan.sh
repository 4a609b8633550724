#!/usr/bin/env bash
# Prints the folder of ThreadSanitizer-instrumented QtCore, QtNetwork, QtTest and QtSql
# (libQt6{Core,Network,Test,Sql}.so.6) built from the Debian source of the Qt this machine has
# installed, building them first when the cache has none.
#
# Why: Debian's Qt is not instrumented, so TSan sees none of the synchronisation inside it
# (queued signals, QThreadPool, QThread::wait, QMutex are futex-based code TSan cannot see, and
# QNetworkAccessManager's HTTP thread locks with QMutex code inlined into QtNetwork) and reports
# every hand-off through them as a race. The same source, the same feature set and the same ABI,
# built with -fsanitize=thread, drops in through LD_LIBRARY_PATH for the `tsan` suites. Debian's
# Gui, Widgets, Multimedia and plugins stay as they are: the `tsan` suites do not use them on
# more than one thread.
#
# The source comes through apt (signed Release -> Sources -> checksums), with a private apt state
# folder so the machine's own apt configuration is not touched. The result is cached by exact
# package version under ${XDG_CACHE_HOME:-~/.cache}/tunedrop, so it outlives CI's fresh clones:
# cold, it costs one build of the four modules (about 15 minutes on 2 cores); warm, nothing.
set -euo pipefail

version="$(dpkg-query -W -f='${source:Version}' libqt6core6)"
arch="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -dumpmachine)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/tunedrop/qt-tsan/$version"
if [[ -f "$cache/libQt6Sql.so.6" ]]; then
  echo "$cache"
  exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/qt-tsan.XXXXXX")"
trap 'rm -rf "$work"' EXIT
log="$work/log"
fail() { echo "qt_tsan: $1 (log below)" >&2; tail -40 "$log" >&2; exit 1; }

{
  mkdir -p "$work/apt/lists/partial" "$work/apt/cache" "$work/get"
  keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  for suite in bookworm bookworm-updates; do
    echo "deb-src [signed-by=$keyring] http://deb.debian.org/debian $suite main"
  done > "$work/apt/sources.list"
  echo "deb-src [signed-by=$keyring] http://deb.debian.org/debian-security bookworm-security main" \
    >> "$work/apt/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$work/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
            -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache")
  apt-get "${apt_opts[@]}" update
  (cd "$work/get" && apt-get "${apt_opts[@]}" source --download-only "qt6-base=$version")
  dpkg-source -x "$work"/get/qt6-base_*.dsc "$work/src"
} > "$log" 2>&1 || fail "could not fetch the source of qt6-base $version"

# Debian's own configure options (debian/rules) for everything the four modules' ABI and
# behaviour depend on: install layout (QLibraryInfo paths, plugin folder), glib event loop, ICU,
# PCRE2, zlib, double-conversion, libb2, no MIME database, no rpath; OpenSSL, libproxy, SCTP,
# GSSAPI, brotli for QtNetwork. Gui, Widgets and the plugins are not built.
launcher=()
if command -v ccache > /dev/null; then
  launcher=(-DQT_USE_CCACHE=ON)
  # Paths relative to the temporary folder: a rebuild (a new Qt update) reuses what it can.
  export CCACHE_BASEDIR="$work" CCACHE_NOHASHDIR=true
fi
{
  cmake -S "$work/src" -B "$work/build" -G Ninja "${launcher[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_FLAGS=-g1 -DCMAKE_CXX_FLAGS=-g1 \
    -DCMAKE_INSTALL_PREFIX=/usr -DINSTALL_BINDIR=lib/qt6/bin -DINSTALL_LIBDIR="lib/$arch" \
    -DINSTALL_LIBEXECDIR=lib/qt6/libexec -DINSTALL_ARCHDATADIR="lib/$arch/qt6" \
    -DINSTALL_DATADIR=share/qt6 -DINSTALL_HOSTDATADIR="lib/$arch/qt6" -DINSTALL_SYSCONFDIR=/etc/xdg \
    -DINSTALL_INCLUDEDIR="include/$arch/qt6" -DINSTALL_PLUGINDIR="lib/$arch/qt6/plugins" \
    -DINSTALL_TRANSLATIONDIR=share/qt6/translations -DINSTALL_MKSPECSDIR="lib/$arch/qt6/mkspecs" \
    -DFEATURE_mimetype_database=OFF -DFEATURE_glib=ON -DFEATURE_icu=ON -DFEATURE_pcre2=ON \
    -DFEATURE_system_pcre2=ON -DFEATURE_zlib=ON -DFEATURE_doubleconversion=ON \
    -DFEATURE_system_libb2=ON -DFEATURE_rpath=OFF -DFEATURE_relocatable=OFF \
    -DFEATURE_ssl=ON -DFEATURE_openssl=ON -DFEATURE_libproxy=ON -DFEATURE_system_proxies=ON \
    -DFEATURE_sctp=ON -DFEATURE_gssapi=ON -DFEATURE_brotli=ON -DFEATURE_sql_sqlite=ON \
    -DFEATURE_system_sqlite=ON -DFEATURE_gui=OFF -DFEATURE_widgets=OFF -DFEATURE_concurrent=OFF \
    -DFEATURE_xml=OFF -DFEATURE_dbus=ON \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DFEATURE_sanitize_thread=ON
  cmake --build "$work/build" --parallel "$(nproc)" --target Core Network Test Sql
} >> "$log" 2>&1 || fail "could not build Qt $version with ThreadSanitizer"

# Each drop-in must export everything Debian's build does (the other Qt libraries and TuneDrop
# link against those symbols); a missing one would fail at load time in a confusing way. Only
# libstdc++ template instances and their typeinfo that happened to be emitted out of line
# (std::...) may differ.
mkdir -p "$cache.tmp"
for module in Core Network Test Sql; do
  lib="libQt6$module.so.6"
  built="$(readlink -f "$work/build/lib/$arch/$lib")"
  missing="$(comm -23 <(nm -D --defined-only "/usr/lib/$arch/$lib" | awk '{print $3}' | sort -u) \
                      <(nm -D --defined-only "$built" | awk '{print $3}' | sort -u) \
             | grep -v -E '^_Z(T[ISV])?N?K?St' || true)"
  [[ -z "$missing" ]] || { echo "qt_tsan: the build of $lib lacks symbols Debian's has:" >&2
                           echo "$missing" | head -20 >&2; exit 1; }
  cp "$built" "$cache.tmp/$lib"
done
rm -rf "$cache" && mv "$cache.tmp" "$cache"
echo "$cache"
