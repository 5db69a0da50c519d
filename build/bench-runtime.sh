#!/usr/bin/env bash
# Runtime benchmark: packs the SDK, publishes the HelloApi sample from those packages and the HttpClient baseline
# with Native AOT, builds the C floor, and measures all three in one run with the shared cold-start harness
# (API Gateway HTTP API event).
# Machines drift, so the clients take turns: ROUNDS rounds, each measuring every client with runs/ROUNDS
# fresh processes; figures are medians over the rounds and ratios are taken within a round.
# Prints a Markdown table.
#   build/bench-runtime.sh [runs=20] [warm=200]      (ROUNDS=4 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
runs=${1:-20}
warm=${2:-200}
bench=${SERVERLESS_BENCH_DIR:-$repo/../shared/bench}
[ -f "$bench/lambda_coldstart.py" ] || { echo "error: cold-start harness not found in $bench (set SERVERLESS_BENCH_DIR)" >&2; exit 1; }

build/prerequisites.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Packing the SDK and publishing HelloApi from it (Native AOT), as its README says..." >&2
# A private feed and version: the sample builds as a user project, from packages, never from src/ directly.
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
build/pack.sh -o "$work/feed" -v "$version" >/dev/null
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

echo "Building the C floor..." >&2
mkdir -p "$work/floor"
gcc -O2 -static -o "$work/floor/bootstrap" "$bench/baselines/floor.c"

rounds=${ROUNDS:-4}
per_round=$(( (runs + rounds - 1) / rounds ))
for round in $(seq 1 "$rounds"); do
  for client in floor baseline serverlesssdk; do
    echo "Round $round/$rounds: $client ($per_round runs x $warm warm)..." >&2
    python3 "$bench/lambda_coldstart.py" --runs "$per_round" --warm "$warm" --event "$bench/events/apigw-http-v2.json" \
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
names = ("floor", "baseline", "serverlesssdk")
per_round = {name: [measure(name, i) for i in range(1, rounds + 1)] for name in names}
rows = {}
for name in names:
    exe = os.path.join(work, name, "bootstrap")
    rows[name] = {k: statistics.median(m[k] for m in per_round[name]) for k in per_round[name][0]}
    rows[name].update(exe=os.path.getsize(exe) / 1e6, zip=zipped(exe) / 1e6)
def ratio(key):
    return statistics.median(s[key] / b[key] for s, b in zip(per_round["serverlesssdk"], per_round["baseline"]))
labels = {"floor": "C, raw sockets (floor)", "baseline": "HttpClient + STJ (baseline)", "serverlesssdk": "ServerlessSdk.Runtime (HelloApi)"}
print("| client (Native AOT) | cold start median | p90 | init (→ first /next) | warm latency | warm req/s | peak RSS | executable | zipped |")
print("|---|---|---|---|---|---|---|---|---|")
for name, r in rows.items():
    print(f"| {labels[name]} | {r['cold']:.2f} ms | {r['cold90']:.2f} ms | {r['init']:.2f} ms | {r['warm']:.3f} ms | {r['rps']:,.0f} | {r['rss']:.1f} MB | {r['exe']:.2f} MB | {r['zip']:.2f} MB |")
b, s = rows["baseline"], rows["serverlesssdk"]
print()
print(f"Medians over {rounds} interleaved rounds; ratios are medians of per-round ratios.")
print()
print("| target (ServerlessSdk vs baseline) | required | measured | met |")
print("|---|---|---|---|")
checks = [("cold start median ratio", "≤ 0.67", ratio("cold"), ratio("cold") <= 0.67),
          ("warm throughput ratio", "≥ 1.00", ratio("rps"), ratio("rps") >= 1.0),
          ("peak RSS ratio", "≤ 0.70", ratio("rss"), ratio("rss") <= 0.70),
          ("bootstrap size (MB)", "≤ 3.50", s["exe"], s["exe"] <= 3.5)]
for label, required, value, ok in checks:
    print(f"| {label} | {required} | {value:.2f} | {'yes' if ok else 'NO'} |")
PY
