#!/usr/bin/env bash
# Installs the npm packages of one folder under build/ at the exact versions of its committed lockfile (npm ci, no
# install scripts). A no-op when the lockfile and Node are unchanged and the file that proves the install is there.
#   build/install-npm-lockfile.sh <folder under build/> <file that must exist, relative to it> <what, for messages>
set -euo pipefail
dir="$(cd "$(dirname "$0")/$1" && pwd)"
proof="$dir/$2"
what=$3
state="$dir/node_modules/.serverlesssdk-installed"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "error: Node.js >= 20 with npm is required for $what: https://nodejs.org" >&2
  exit 1
fi

key="$(sha256sum "$dir/package-lock.json" | cut -c1-64) node $(node --version)"
if [ "$(cat "$state" 2>/dev/null)" = "$key" ] && [ -e "$proof" ]; then
  echo "$what: up to date"
  exit 0
fi

(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --no-progress --loglevel=error)
[ -e "$proof" ] || { echo "error: $what: npm ci finished but $proof is missing" >&2; exit 1; }
echo "$key" > "$state"
echo "$what installed: $proof"
