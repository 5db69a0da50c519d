#!/usr/bin/env bash
# Azure custom-handler benchmark: publishes the Azure test app (tests/ServerlessSdk.Functions.AzureTestFunction,
# ServerlessPlatform=azure, Native AOT) and an ASP.NET Core minimal API (CreateSlimBuilder) twice, Native AOT and
# JIT, then measures cold start (exec → first HTTP response to GET /api/items) and peak RSS of all three in one
# interleaved run (build/bench-azure/coldstart.py). Prints JSON lines, the executable sizes and the ratios.
#   build/bench-azure.sh [runs=20]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
runs=${1:-20}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
work=${SERVERLESS_BENCH_WORK:-$(mktemp -d)}
mkdir -p "$work"

if [ ! -x "$work/handler/handler" ]; then
  echo "Publishing the Azure test app (Native AOT)..." >&2
  dotnet publish tests/ServerlessSdk.Functions.AzureTestFunction -c Release -r linux-x64 -o "$work/handler" -v quiet -nologo >&2
fi

# Outside the repository, so none of our Directory.*.props apply to the minimal API.
src="$work/minimal-api-src"
mkdir -p "$src"
cp build/bench-azure/MinimalApi.cs "$src/Program.cs"
cp build/bench-azure/MinimalApi.csproj "$src/MinimalApi.csproj"
printf '<Project />' > "$work/Directory.Build.props"; cp "$work/Directory.Build.props" "$work/Directory.Build.targets"
printf '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$work/Directory.Packages.props"
if [ ! -x "$work/minimal-aot/minimal-api" ]; then
  echo "Publishing the minimal API (Native AOT)..." >&2
  dotnet publish "$src" -c Release -r linux-x64 -o "$work/minimal-aot" -v quiet -nologo >&2
fi
if [ ! -f "$work/minimal-jit/minimal-api.dll" ]; then
  echo "Publishing the minimal API (JIT, framework-dependent)..." >&2
  dotnet publish "$src" -c Release -o "$work/minimal-jit" -v quiet -nologo -p:BenchJit=true --self-contained false >&2
fi

size() { stat -c %s "$1"; }
echo "executable bytes: handler $(size "$work/handler/handler"), minimal-api AOT $(size "$work/minimal-aot/minimal-api")"
python3 build/bench-azure/coldstart.py "$runs" \
  "handler=$work/handler/handler" \
  "minimal-aot=$work/minimal-aot/minimal-api" \
  "minimal-jit=dotnet $work/minimal-jit/minimal-api.dll" | tee "$work/results.jsonl"
python3 - "$work/results.jsonl" <<'PY'
import json, sys
r = {j["name"]: j for j in map(json.loads, open(sys.argv[1]))}
h = r["handler"]
for other in ("minimal-aot", "minimal-jit"):
    print(f"handler / {other}: cold start {h['median_ms'] / r[other]['median_ms']:.3f}, peak RSS {h['rss_mb'] / r[other]['rss_mb']:.3f}")
PY
