#!/usr/bin/env bash
# Runs every test: unit, emulator and end-to-end (Native AOT functions driven through the emulator).
set -euo pipefail
cd "$(dirname "$0")/.."

build/prerequisites.sh                # what the build itself needs (a linker, zlib)
build/install-dynalite.sh             # the local DynamoDB of the template, CLI and sample integration tests

# These installs wait on the network and the disk for minutes from a clean clone, the build and pack below on the
# CPU: they run beside them, each into its own log, and the tests start once every one has finished. Only the tests
# use them. Scripts joined by + run one after the other (both apt-get: one dpkg lock).
#   arm64 prerequisites: the arm64 end-to-end and template tests cross-publish and run under qemu.
#   Chromium: the report tests render the HTML report in headless Chromium.
#   IaC validators: the IaC tests validate emitted manifests with AWS's and HashiCorp's tools.
#   Mermaid: the report tests render the Markdown report's Mermaid diagram with Mermaid itself.
#   Azurite: the local Azure host's Storage Queue tests and the Azure template tests run against it.
#   action-validator: the template tests check the generated GitHub Actions workflows.
background=(install-arm64-prerequisites.sh+install-chromium.sh install-iac-validators.sh install-mermaid.sh install-azurite.sh install-action-validator.sh)
logs=$(mktemp -d)
stop_compiler_server() { dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true; }
trap 'stop_compiler_server; rm -rf "$logs"' EXIT
pids=()
for install in "${background[@]}"; do
  (for script in ${install//+/ }; do build/$script || exit; done) >"$logs/$install" 2>&1 &
  pids+=($!)
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Every build shares one C# compiler server (VBCSCompiler). The tests run hundreds of builds of a few files each, and
# a compiler started per build spends about 2 s of CPU starting (a one-file function rebuilt: 5.4 s -> 3.4 s here).
# Some machines turn it off in the environment (UseSharedCompilation=false); the run turns it on and stops the
# server when it ends.
export UseSharedCompilation=true
# The startup probe of every project that declares tables (samples included) and the tests run this dynalite.
export SERVERLESS_DYNALITE="$PWD/build/dynalite/node_modules/.bin/dynalite"
# The local Azure Storage the probe, `dotnet serverless invoke`/`start-api` and the tests start for Azure projects.
export SERVERLESS_AZURITE="$PWD/build/azurite/node_modules/.bin"

dotnet restore ServerlessSdk.sln
dotnet build ServerlessSdk.sln -c Release --no-restore

# Every package once, from the build above, for every test assembly (tests/ServerlessSdk.Testing/LocalFeed.cs reads
# these two variables; without them, as under `dotnet test` alone, each test fixture packs its own feed).
feed=$(mktemp -d)
trap 'stop_compiler_server; rm -rf "$feed" "$logs"' EXIT
export SERVERLESS_TEST_FEED="$feed" SERVERLESS_TEST_FEED_VERSION="0.1.0-test.$(date -u +%Y%m%d%H%M%S%3N)"
# BuildProjectReferences=false: ServerlessSdk.Build collects its task dependencies without building them again.
dotnet pack ServerlessSdk.sln -c Release --no-build -p:BuildProjectReferences=false -o "$feed" -p:PackageVersion="$SERVERLESS_TEST_FEED_VERSION"

for i in "${!background[@]}"; do
  installed=0
  wait "${pids[$i]}" || installed=$?
  cat "$logs/${background[$i]}"
  [ "$installed" = 0 ] || { echo "error: build/${background[$i]} failed ($installed)" >&2; exit 1; }
done

# dotnet test runs the test assemblies two at a time (one per core), in ServerlessSdk.sln's order, each assembly's
# collections up to two at a time. The solution lists the longest first (Templates, Build, Tooling, Cli): each of
# the first two runs its Native AOT publishes one at a time in a single collection, and the short ones fill in
# after them instead of the longest starting last and running alone. Keep that order when adding a test project.
log="$logs/test"
status=0
dotnet test ServerlessSdk.sln -c Release --no-build 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test assemblies.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
