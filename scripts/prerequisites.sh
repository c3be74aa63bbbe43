#!/usr/bin/env bash
# Installs what this machine lacks to build, run and test StPlatform. Safe to run twice: each step
# checks first and does nothing when the thing is already there.
set -euo pipefail

need_apt=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || need_apt+=(postgresql-15)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need_apt+=(rabbitmq-server)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v setpriv >/dev/null || need_apt+=(util-linux)
if [ "${STPLATFORM_WITH_LOAD_TOOLS:-0}" = 1 ]; then
  command -v wrk >/dev/null || need_apt+=(wrk)
  command -v hey >/dev/null || need_apt+=(hey)
fi

if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing: ${need_apt[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# The Debian package starts a system-wide broker (and epmd) on install; StPlatform runs its own on
# ports it allocates, so the packaged one is stopped to leave the machine quiet.
if command -v systemctl >/dev/null && systemctl is-active --quiet rabbitmq-server 2>/dev/null; then
  systemctl stop rabbitmq-server || true
fi

command -v dotnet >/dev/null || { echo "The .NET SDK 10.0 is required (dotnet on PATH)." >&2; exit 1; }
