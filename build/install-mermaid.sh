#!/usr/bin/env bash
# Installs Mermaid (the committed lockfile's exact versions): the report tests load its browser bundle in headless
# Chromium to check that serverless-report.md's diagram parses and renders as GitHub would draw it.
# A no-op when the lockfile and Node are unchanged.
set -euo pipefail
dir="$(cd "$(dirname "$0")/mermaid" && pwd)"
state="$dir/node_modules/.serverlesssdk-installed"
command -v npm >/dev/null || { echo "error: Node.js >= 20 with npm is required for the Mermaid tests: https://nodejs.org" >&2; exit 1; }

key="$(sha256sum "$dir/package-lock.json" | cut -c1-64) node $(node --version)"
if [ "$(cat "$state" 2>/dev/null)" = "$key" ] && [ -f "$dir/node_modules/mermaid/dist/mermaid.min.js" ]; then
  exit 0
fi

# The bundle is plain JavaScript: no install script needs to run.
(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --no-progress --loglevel=error)
echo "$key" > "$state"
echo "mermaid installed: $dir/node_modules/mermaid/dist/mermaid.min.js"
