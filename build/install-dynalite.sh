#!/usr/bin/env bash
# Installs dynalite, the local DynamoDB the tests start (tests/ServerlessSdk.Testing/Dynalite.cs) and that
# `dotnet serverless start-api` / `invoke` run for a project that declares tables: the exact versions of the
# committed lockfile. A no-op when the lockfile and Node are unchanged.
set -euo pipefail
dir="$(cd "$(dirname "$0")/dynalite" && pwd)"
state="$dir/node_modules/.serverlesssdk-installed"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "error: Node.js >= 20 with npm is required for dynalite: https://nodejs.org" >&2
  exit 1
fi

key="$(sha256sum "$dir/package-lock.json" | cut -c1-64) node $(node --version)"
if [ "$(cat "$state" 2>/dev/null)" = "$key" ] && [ -x "$dir/node_modules/.bin/dynalite" ]; then
  echo "dynalite: up to date"
  exit 0
fi

# In memory (no --path) dynalite never loads LevelDB's native binding, so no install script needs to run.
(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --no-progress --loglevel=error)
echo "$key" > "$state"
echo "dynalite installed: $dir/node_modules/.bin/dynalite"
