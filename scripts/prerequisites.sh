#!/usr/bin/env bash
# Installs the operating-system packages the system needs, when they are missing.
# Usage: scripts/prerequisites.sh [postgres] [rabbitmq] [chromium]
set -euo pipefail

need=()
for what in "$@"; do
  case "$what" in
    postgres) compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql) ;;
    rabbitmq) [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need+=(rabbitmq-server) ;;
    chromium) [ -x /usr/lib/chromium/chromium ] || need+=(chromium) ;;
    *) echo "prerequisites: unknown component '$what'" >&2; exit 2 ;;
  esac
done
[ ${#need[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Missing packages: ${need[*]}. Install them with your system's package manager, then run this again." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "Missing packages: ${need[*]}. Run as root: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi
echo "Installing ${need[*]} (apt-get)..."
$sudo apt-get update -qq
# The packages' own services are not started: the AppHost runs private instances.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
