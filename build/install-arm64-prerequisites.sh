#!/usr/bin/env bash
# The arm64 cross-publishing prerequisites; the script itself ships in the ServerlessSdk.Build package.
exec "$(dirname "$0")/../src/ServerlessSdk.Build/build/install-arm64-prerequisites.sh" "$@"
