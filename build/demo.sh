#!/usr/bin/env bash
# The whole product in one go, as a new user would meet it: pack the SDK and the template pack into a local feed,
# install the templates, scaffold serverless-api, build it (budgets, IaC), test it, publish the Native AOT zip
# (10 cold starts measured), install the dotnet serverless tool from its package and invoke the published bootstrap
# with a sample request through the Runtime API emulator, print the report, and invoke the JIT build once more.
#   build/demo.sh
# Everything it writes goes under artifacts/demo/; the user's template cache and NuGet sources are not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
steps=9
step() { printf '\n==> [%s/%s] %s\n' "$1" "$steps" "$2"; }

build/prerequisites.sh
# The template stores its items in a declared DynamoDB table: the probe and `invoke` run it against dynalite.
build/install-dynalite.sh >/dev/null
export SERVERLESS_DYNALITE="$PWD/build/dynalite/node_modules/.bin/dynalite"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

demo=$PWD/artifacts/demo
feed=$demo/feed
hive=$demo/template-cache
work=$demo/scratch
app=$work/Orders
# A version no earlier run used, so NuGet's global cache can never hand back an older build of these packages.
version="0.1.0-demo.$(date -u +%Y%m%d%H%M%S)"
rm -rf "$demo"
mkdir -p "$feed" "$work"

step 1 "Packing ServerlessSdk $version into a local feed ($feed)"
# The same packing a user runs (README: Install it); its own instructions are for a user, not this demo.
build/pack.sh -o "$feed" -v "$version" >/dev/null 2>"$demo/pack.log" || { cat "$demo/pack.log"; exit 1; }
grep '^    ' "$demo/pack.log"

step 2 "Installing the template pack into a private template cache"
dotnet new install "$feed/ServerlessSdk.Templates.$version.nupkg" --debug:custom-hive "$hive" | sed -n '/serverless-/s/^/    /p'

step 3 "dotnet new serverless-api -n Orders (in $work)"
# The scratch folder resolves the packages from the local feed first, and nothing from this repository leaks in.
cat > "$work/NuGet.Config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF
cp global.json "$work/"
for file in Directory.Build.props Directory.Build.targets Directory.Packages.props; do echo '<Project />' > "$work/$file"; done
dotnet new serverless-api -n Orders -o "$app" --debug:custom-hive "$hive" | sed 's/^/    /'

step 4 "dotnet build: trim/AOT analyzers, JIT start-up probe, budgets, IaC"
(cd "$app" && dotnet build -c Release -nologo -v minimal | grep -v '^\s*$' | sed 's/^ */    /')

step 5 "dotnet test"
(cd "$app" && dotnet test -c Release --no-build -nologo | grep -E 'Passed!|Failed!' | sed 's/^ */    /')

step 6 "dotnet publish -r linux-x64: Native AOT, deterministic zip, 10 cold starts measured, budgets as errors"
(cd "$app/src/Orders" && dotnet publish -c Release -r linux-x64 -nologo -v minimal | grep -v '^\s*$' | sed 's/^ */    /')
out=$app/src/Orders/bin/Release/net10.0/linux-x64

step 7 "dotnet serverless invoke --aot: the published bootstrap gets POST /items through the Runtime API emulator"
# The tool a user installs, from its package into $demo/tools; -c Release --no-build runs step 6's bootstrap as published (invoke defaults to Debug).
(cd "$work" && dotnet tool install ServerlessSdk.Cli --tool-path "$demo/tools" --add-source "$feed" --version "$version" | sed 's/^/    /')
(cd "$app" && NO_COLOR=1 "$demo/tools/dotnet-serverless" invoke -c Release --aot --no-build --event src/Orders/events/create-item.json 2>&1 | sed 's/^/    /')

step 8 "Report"
# The Markdown report's first table (the figures), without its Markdown escapes.
awk '/^\|/ { table = 1 } table && !/^\|/ { exit } table' "$out/serverless-report.md" | sed -e 's/\\_/_/g' -e 's/^/    /'
echo
echo "    zip:     $(ls "$out"/*.zip)"
echo "    reports: $out/serverless-report.{json,md,html}"
if [ -d "$app/src/Orders/infra" ]; then
  echo "    IaC:     $app/src/Orders/infra/ ($(cd "$app/src/Orders/infra" && ls | paste -sd ' ' -))"
else
  echo "    IaC:     not written by this ServerlessSdk.Build (IaC emission not available yet)"
fi
echo "    project: $app (README.md there says how to deploy it)"

step 9 "dotnet serverless invoke of the JIT build, at the solution root"
# -c Release reuses step 4's build; without --event the function gets its own sample (ServerlessStartupEvent).
(cd "$app" && NO_COLOR=1 "$demo/tools/dotnet-serverless" invoke -c Release 2>&1 | sed 's/^/    /')
