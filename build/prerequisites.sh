#!/usr/bin/env bash
# Installs what building and testing need on a fresh Debian/Ubuntu machine; a no-op where it is all present.
# Native AOT links with clang or gcc and needs zlib's headers; the benchmark needs python3; jq is for a template test.
set -euo pipefail

missing=()
command -v dotnet >/dev/null || { echo "error: the .NET SDK (10.0.4xx) is required: https://dot.net" >&2; exit 1; }
command -v clang >/dev/null || command -v gcc >/dev/null || missing+=(clang)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
command -v python3 >/dev/null || missing+=(python3)
command -v jq >/dev/null || missing+=(jq)  # the template tests run the generated CI workflow's package-version lookup

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
