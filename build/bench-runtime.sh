#!/usr/bin/env bash
# Runtime benchmark: packs the SDK, publishes from those packages the HelloApi sample and the serverless-api template
# function twice (the default lean logging, and --logging serilog), publishes the HttpClient baseline with Native
# AOT, builds the C floor, and measures all five in one run with the cold-start harness in build/bench/ (API Gateway HTTP API
# events: the harness's for HelloApi and the clients, the template's own list-items.json for the template function).
# Machines drift, so the clients take turns: ROUNDS rounds, each measuring every client with runs/ROUNDS
# fresh processes; figures are medians over the rounds and ratios are taken within a round.
# Prints a Markdown table.
#   build/bench-runtime.sh [runs=20] [warm=200]      (ROUNDS=4 by default)
# SERVERLESS_BENCH_READY=FILE: once everything is built, create FILE and wait for FILE.go before measuring (time to
# quiet the machine, e.g. pause other work).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
runs=${1:-20}
warm=${2:-200}
# The harness, baselines and events live in build/bench/; SERVERLESS_BENCH_DIR measures with another copy.
bench=${SERVERLESS_BENCH_DIR:-$repo/build/bench}
[ -f "$bench/lambda_coldstart.py" ] || { echo "error: cold-start harness not found in $bench (set SERVERLESS_BENCH_DIR)" >&2; exit 1; }

build/prerequisites.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Packing the SDK and publishing HelloApi from it (Native AOT), as its README says..." >&2
# A private feed and version: the sample builds as a user project, from packages, never from src/ directly.
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
build/pack.sh -o "$work/feed" -v "$version" >/dev/null
mkdir -p artifacts/packages  # samples/NuGet.Config lists it; a clean clone has none yet (NU1301)
# The benchmark measures for itself; the publish-time probe's budget would only add noise (and a failure mode).
dotnet publish samples/HelloApi -c Release -r linux-x64 -o "$work/serverlesssdk" -v quiet -nologo \
  -p:ServerlessSdkVersion="$version" -p:ServerlessSkipMeasure=true -p:RestoreAdditionalProjectSources="$work/feed" >&2

echo "Publishing the HttpClient baseline (Native AOT)..." >&2
mkdir -p "$work/baseline-src"
cp "$bench/baselines/httpclient-aot.cs" "$work/baseline-src/Program.cs"
cp "$bench/baselines/httpclient-aot.csproj" "$work/baseline-src/bootstrap.csproj"
# Outside the repository, so none of our Directory.*.props apply to it.
printf '<Project />' > "$work/Directory.Build.props"; cp "$work/Directory.Build.props" "$work/Directory.Build.targets"
printf '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$work/Directory.Packages.props"
dotnet publish "$work/baseline-src" -c Release -r linux-x64 -o "$work/baseline" -v quiet -nologo >&2

echo "Publishing the serverless-api template function, lean and Serilog logging (Native AOT)..." >&2
hive="$work/hive"
dotnet new install "$work/feed/ServerlessSdk.Templates.$version.nupkg" --debug:custom-hive "$hive" >/dev/null
for logging in lean serilog; do
  dotnet new serverless-api -n BenchApi -o "$work/api-$logging-src" --logging "$logging" --no-tests --skip-restore --debug:custom-hive "$hive" >/dev/null
  dotnet publish "$work/api-$logging-src/src/BenchApi" -c Release -r linux-x64 -o "$work/api-$logging" -v quiet -nologo \
    -p:ServerlessSkipMeasure=true -p:RestoreAdditionalProjectSources="$work/feed" >&2
done
api_event="$work/api-lean-src/src/BenchApi/events/list-items.json"

echo "Building the C floor..." >&2
mkdir -p "$work/floor"
gcc -O2 -static -o "$work/floor/bootstrap" "$bench/baselines/floor.c"

[ -n "${SERVERLESS_BENCH_READY:-}" ] && { touch "$SERVERLESS_BENCH_READY"; while [ ! -f "$SERVERLESS_BENCH_READY.go" ]; do sleep 1; done; }
rounds=${ROUNDS:-4}
per_round=$(( (runs + rounds - 1) / rounds ))
for round in $(seq 1 "$rounds"); do
  for client in floor baseline serverlesssdk api-lean api-serilog; do
    event="$bench/events/apigw-http-v2.json"
    case $client in api-*) event=$api_event ;; esac
    echo "Round $round/$rounds: $client ($per_round runs x $warm warm)..." >&2
    python3 "$bench/lambda_coldstart.py" --runs "$per_round" --warm "$warm" --event "$event" \
      -- "$work/$client/bootstrap" > "$work/$client.$round.json" 2> "$work/$client.log" \
      || { cat "$work/$client.log" >&2; exit 1; }
  done
done

python3 - "$work" "$rounds" <<'PY'
import json, os, statistics, sys, zipfile, io
work, rounds = sys.argv[1], int(sys.argv[2])
def zipped(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.write(path, "bootstrap")
    return buf.tell()
def measure(name, round):
    r = json.load(open(os.path.join(work, f"{name}.{round}.json")))
    return dict(cold=r["cold_start_ms"]["median"], cold90=r["cold_start_ms"]["p90"], init=r["init_ms"]["median"],
                warm=r["warm_latency_ms"]["median"], rps=r["throughput_rps"]["median"], rss=r["peak_rss_mb"]["median"])
names = ("floor", "baseline", "serverlesssdk", "api-lean", "api-serilog")
per_round = {name: [measure(name, i) for i in range(1, rounds + 1)] for name in names}
rows = {}
for name in names:
    exe = os.path.join(work, name, "bootstrap")
    rows[name] = {k: statistics.median(m[k] for m in per_round[name]) for k in per_round[name][0]}
    rows[name].update(exe=os.path.getsize(exe) / 1e6, exe_bytes=os.path.getsize(exe), zip=zipped(exe) / 1e6)
def ratio(key, ours, to="baseline"):
    return statistics.median(s[key] / b[key] for s, b in zip(per_round[ours], per_round[to]))
labels = {"floor": "C, raw sockets (floor)", "baseline": "HttpClient + STJ (baseline)",
          "serverlesssdk": "ServerlessSdk.Runtime (HelloApi)", "api-lean": "serverless-api template (lean logging)",
          "api-serilog": "serverless-api template (--logging serilog)"}
print("| client (Native AOT) | cold start median | p90 | init (→ first /next) | warm latency | warm req/s | peak RSS | executable | zipped |")
print("|---|---|---|---|---|---|---|---|---|")
for name, r in rows.items():
    print(f"| {labels[name]} | {r['cold']:.2f} ms | {r['cold90']:.2f} ms | {r['init']:.2f} ms | {r['warm']:.3f} ms | {r['rps']:,.0f} | {r['rss']:.1f} MB | {r['exe']:.2f} MB ({r['exe_bytes']:,} B) | {r['zip']:.2f} MB |")
print()
print(f"Medians over {rounds} interleaved rounds; ratios are medians of per-round ratios.")
print()
print("| target (vs the HttpClient baseline; C floor: aim ≤ 3×) | required | HelloApi | template, lean | template, Serilog |")
print("|---|---|---|---|---|")
ours = ("serverlesssdk", "api-lean", "api-serilog")
def cells(values, check):
    return " | ".join(f"{v:.2f}" + ("" if check is None else " yes" if check(v) else " NO") for v in values)
checks = [("cold start median ratio", "≤ 0.67", [ratio("cold", o) for o in ours], lambda v: v <= 0.67),
          ("warm throughput ratio", "≥ 1.00", [ratio("rps", o) for o in ours], lambda v: v >= 1.0),
          ("peak RSS ratio", "≤ 0.70", [ratio("rss", o) for o in ours], lambda v: v <= 0.70),
          ("bootstrap size (MB)", "≤ 3.00", [rows[o]["exe"] for o in ours], lambda v: v <= 3.0),
          ("cold start vs the C floor", "≤ 3.00", [ratio("cold", o, "floor") for o in ours], lambda v: v <= 3.0),
          ("peak RSS vs the C floor", "(no target)", [ratio("rss", o, "floor") for o in ours], None)]
for label, required, values, check in checks:
    print(f"| {label} | {required} | {cells(values, check)} |")
PY
