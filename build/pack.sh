#!/usr/bin/env bash
# Packs the six ServerlessSdk packages (Runtime, Runtime.Serilog, Functions, Build, Cli, Templates) into a folder feed, the way
# they will come from a public feed, and prints the commands that install the templates and the tool from it.
#   build/pack.sh [-o feed=artifacts/packages] [-v version=<VersionPrefix>-local.<UTC time>]
# The default version is new on every run: NuGet's global cache keeps the first copy of a version it sees, so
# reusing one would hand projects a stale build. The version is also written to <feed>/ServerlessSdk.Version.props,
# which samples/Directory.Build.props imports. Builds in a temporary folder of its own, so the repository's bin/
# and obj/ (and a running test's, or another pack's) are never touched; a new version rebuilds everything anyway.
set -euo pipefail
caller=$PWD
cd "$(dirname "$0")/.."
repo=$PWD

feed=$repo/artifacts/packages
version=
while getopts 'o:v:' option; do
  case $option in
    o) feed=$(cd "$caller" && mkdir -p "$OPTARG" && cd "$OPTARG" && pwd) ;;
    v) version=$OPTARG ;;
    *) echo "usage: build/pack.sh [-o feed] [-v version]" >&2; exit 2 ;;
  esac
done
if [ -z "$version" ]; then
  prefix=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
  version="$prefix-local.$(date -u +%Y%m%d%H%M%S)"
fi

build/prerequisites.sh >/dev/null
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
mkdir -p "$feed"
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT

echo "Packing ServerlessSdk $version into $feed" >&2
for project in src/ServerlessSdk.Runtime src/ServerlessSdk.Runtime.Serilog src/ServerlessSdk.Functions src/ServerlessSdk.Build src/ServerlessSdk.Cli templates; do
  echo "    $project" >&2
  dotnet pack "$project" -c Release -o "$feed" --artifacts-path "$build" -p:Version="$version" -nologo -v quiet >&2
done

# One place for the version the samples (and anything else in this checkout) restore.
cat > "$feed/ServerlessSdk.Version.props" <<EOF
<Project>
  <!-- Written by build/pack.sh: the ServerlessSdk version last packed into this folder. -->
  <PropertyGroup>
    <ServerlessSdkVersion Condition="'\$(ServerlessSdkVersion)' == ''">$version</ServerlessSdkVersion>
  </PropertyGroup>
</Project>
EOF

cat <<EOF

ServerlessSdk $version is in $feed. To use it:

  dotnet new install "$feed/ServerlessSdk.Templates.$version.nupkg"
  dotnet tool install --global ServerlessSdk.Cli --version $version --add-source "$feed"
  dotnet nuget add source "$feed" --name serverlesssdk-local

then: dotnet new serverless-api -n Orders && cd Orders && dotnet build
(the samples need none of these: cd samples/HelloApi && dotnet build)
EOF
