#!/usr/bin/env bash
# Installs the offline IaC validators the tests run (see build/validators/README.md): the exact versions of the
# committed lockfile, then the AWS provider schema extracted once. A no-op when the lockfile and Node are unchanged.
set -euo pipefail
dir="$(cd "$(dirname "$0")/validators" && pwd)"
state="$dir/node_modules/.serverlesssdk"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "error: Node.js >= 20 with npm is required for the IaC validators: https://nodejs.org" >&2
  exit 1
fi
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "error: Node.js >= 20 is required for the IaC validators, found $(node --version)" >&2
  exit 1
fi

key="$(sha256sum "$dir/package-lock.json" | cut -c1-64) node $(node --version)"
if [ "$(cat "$state/installed" 2>/dev/null)" = "$key" ] && [ -f "$state/aws-provider-schema.json" ]; then
  echo "IaC validators: up to date"
  exit 0
fi

start=$SECONDS
# Install scripts only print notices (serverless, aws-sdk, es5-ext); skipping them keeps the install inert.
(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --no-progress --loglevel=error)
node --max-old-space-size=4096 "$dir/extract-tf-schema.js" "$state/aws-provider-schema.json"
# The provider package (~400 MB of generated bindings) and its peers serve only the extraction above.
rm -rf "$dir/node_modules/@cdktf/provider-aws" "$dir/node_modules/cdktf" "$dir/node_modules/constructs"
echo "$key" > "$state/installed"
echo "IaC validators installed in $((SECONDS - start)) s, $(du -sh "$dir/node_modules" | cut -f1) on disk"
