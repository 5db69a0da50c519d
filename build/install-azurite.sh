#!/usr/bin/env bash
# Installs Azurite (Microsoft's Azure Storage emulator, from npm) at the version of the committed lockfile: the local
# Azure host's Storage Queue tests put messages on an Azurite queue. A no-op when the lockfile and Node are unchanged.
set -euo pipefail
dir="$(cd "$(dirname "$0")/azurite" && pwd)"
state="$dir/node_modules/.serverlesssdk-installed"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "error: Node.js >= 20 with npm is required for Azurite: https://nodejs.org" >&2
  exit 1
fi

key="$(sha256sum "$dir/package-lock.json" | cut -c1-64) node $(node --version)"
if [ "$(cat "$state" 2>/dev/null)" = "$key" ] && [ -x "$dir/node_modules/.bin/azurite-queue" ]; then
  echo "Azurite: up to date"
  exit 0
fi

(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --no-progress --loglevel=error)
echo "$key" > "$state"
echo "Azurite $(node -p "require('$dir/node_modules/azurite/package.json').version") installed in $dir"
