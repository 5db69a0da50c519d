#!/usr/bin/env bash
# Installs headless Chromium: the report tests render serverless-report.html in it and fail on console errors.
# A no-op where it is present.
set -euo pipefail

command -v chromium >/dev/null && exit 0
echo "Installing chromium"
sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
