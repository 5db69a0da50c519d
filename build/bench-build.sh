#!/usr/bin/env bash
# Build-time cost of ServerlessSdk.Build's measuring targets on a small function: packs the packages into a
# temporary feed, creates a function, then times incremental builds (a changed source file, and nothing changed)
# with measurement on and off. Prints a Markdown table.   build/bench-build.sh [rounds=5]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
rounds=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

version="0.1.0-bench.$(date +%s)"
for project in src/ServerlessSdk.Runtime src/ServerlessSdk.Build; do
  dotnet pack "$project" -c Release -o "$work/feed" "-p:Version=$version" -v quiet -nologo >&2
done

mkdir -p "$work/fn/Bench"
cp global.json "$work/fn/"
printf '<Project />' > "$work/fn/Directory.Build.props"; printf '<Project />' > "$work/fn/Directory.Build.targets"; printf '<Project />' > "$work/fn/Directory.Packages.props"
cat > "$work/fn/NuGet.Config" <<XML
<configuration><packageSources><clear /><add key="local" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
cat > "$work/fn/Bench/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings>
    <AssemblyName>bootstrap</AssemblyName><PublishAot>true</PublishAot><InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ServerlessSdk.Runtime" Version="$version" />
    <PackageReference Include="ServerlessSdk.Build" Version="$version" />
  </ItemGroup>
</Project>
XML
program() { printf 'using ServerlessSdk.Runtime;\n// %s\nvar reply = "{}"u8.ToArray();\nreturn await LambdaRuntime.RunAsync((payload, context) => ValueTask.FromResult<ReadOnlyMemory<byte>>(reply));\n' "$1" > "$work/fn/Bench/Program.cs"; }
program 0
cd "$work/fn/Bench"
dotnet build -c Release -nologo -v quiet >&2   # restore and first build

# Milliseconds the measuring target took in one build (0 when it was skipped or did not exist).
measure_ms() { dotnet build -c Release -nologo -clp:PerformanceSummary "$@" | awk '/Target Performance Summary/{t=1} t && /ServerlessMeasureBuild/{print $1; f=1} END{if(!f) print 0}'; }
wall_ms() { local start end; start=$(date +%s%N); dotnet build -c Release -nologo -v quiet "$@" >/dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }

changed_target=(); changed_on=(); changed_off=(); noop_target=(); noop_on=(); noop_off=()
for i in $(seq 1 "$rounds"); do
  program "a$i"; changed_target+=("$(measure_ms)")
  program "b$i"; changed_on+=("$(wall_ms)")
  program "c$i"; changed_off+=("$(wall_ms -p:ServerlessSkipMeasure=true)")
  dotnet build -c Release -nologo -v quiet >/dev/null   # settle: measured and stamped
  noop_target+=("$(measure_ms)")
  noop_on+=("$(wall_ms)")
  noop_off+=("$(wall_ms -p:ServerlessSkipMeasure=true)")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "| incremental build of a small function ($rounds rounds, medians) | measuring target | whole build, measuring on | whole build, ServerlessSkipMeasure=true |"
echo "|---|---|---|---|"
echo "| a source file changed (JIT probe runs) | $(median "${changed_target[@]}") ms | $(median "${changed_on[@]}") ms | $(median "${changed_off[@]}") ms |"
echo "| nothing changed | $(median "${noop_target[@]}") ms | $(median "${noop_on[@]}") ms | $(median "${noop_off[@]}") ms |"
