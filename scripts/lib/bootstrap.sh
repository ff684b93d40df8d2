#!/usr/bin/env bash
# Installs every Debian package the platform needs to build, run and be tested.
# Idempotent: only missing packages are installed, so a warm machine pays one dpkg query.
set -euo pipefail

TRANSCENDENCE_PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # Qt 6.4 modules
  qt6-base-dev qt6-base-dev-tools libqt6sql6-psql
  qt6-websockets-dev qt6-httpserver-dev
  qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qtkeychain-qt6-dev
  qt6-multimedia-dev  # the QML app's match sounds (QSoundEffect; silent without an audio output)
  # QML modules are split in Debian: every one the app and its tests import
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qttest
  qml6-module-qtcharts qml6-module-qtcore qml6-module-qt-labs-settings
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel  # the avatar file picker (its
  # non-native implementation, used where the platform has no dialog of its own, lists folders
  # with the folder list model)
  qt6-translations-l10n  # Qt's own messages (e.g. network errors) in the user's language
  # libraries
  libssl-dev libpq-dev libsodium-dev libgl-dev libbenchmark-dev
  libqrencode-dev qt6-image-formats-plugins  # QR codes for 2FA; WebP avatars
  libhiredis-dev redis-server  # several instances share live state through Redis
  libcurl4-openssl-dev  # SMTP (STARTTLS) for the mail sender
  libicu-dev  # TR39 confusable skeletons of display names (ICU's spoof checker)
  python3-aiosmtpd  # the local mail catcher of scripts/run and scripts/test
  oathtool zbar-tools  # independent TOTP and QR implementations the tests check against
  # services and tools the scripts and tests run
  postgresql postgresql-client nginx openssl curl ca-certificates gettext-base procps
  python3-yaml  # tests/docker parses compose.yaml
  esbuild  # bundles the SPA's ES modules into one minified script (resources/web)
  prometheus  # promtool: tests/docker checks the Prometheus config, rules and /metrics output
  chromium fonts-dejavu-core
)

bootstrap_packages() {
  local missing=()
  for pkg in "${TRANSCENDENCE_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  # Node.js may come from Debian or from NodeSource (which bundles npm and conflicts with
  # Debian's npm package): install Debian's only when there is no npm at all.
  if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
  if ((${#missing[@]} == 0)); then
    return 0
  fi
  echo "==> Installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  bootstrap_packages
fi
