#!/usr/bin/env bash
# The main job, for now: publish the HelloApi sample with Native AOT, invoke it through the Runtime API
# emulator with an API Gateway HTTP API event, and print its response, logs and cold-start figures.
#   build/demo.sh [cold starts=10]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}

build/prerequisites.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

out=artifacts/demo/HelloApi
echo "==> Publishing samples/HelloApi with Native AOT to $out"
dotnet publish samples/HelloApi -c Release -r linux-x64 -o "$out" -nologo -v quiet
echo "==> Building the emulator driver"
dotnet build build/Demo -c Release -nologo -v quiet
echo "==> Invoking $out/bootstrap with samples/HelloApi/events/get-hello.json ($runs cold starts)"
dotnet build/Demo/bin/Release/net10.0/Demo.dll "$out/bootstrap" samples/HelloApi/events/get-hello.json "$runs"
