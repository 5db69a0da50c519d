#!/usr/bin/env bash
# Runtime benchmark: publishes the HelloApi sample and the HttpClient baseline with Native AOT, builds the
# C floor, and measures all three in one run with the shared cold-start harness (API Gateway HTTP API event).
# Prints a Markdown table; machines are noisy, so compare the ratios, not the absolute times.
#   build/bench-runtime.sh [runs=20] [warm=200]
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

echo "Publishing HelloApi (Native AOT)..." >&2
dotnet publish samples/HelloApi -c Release -r linux-x64 -o "$work/serverlesssdk" -v quiet -nologo >&2

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

for client in floor baseline serverlesssdk; do
  echo "Measuring $client ($runs runs x $warm warm)..." >&2
  python3 "$bench/lambda_coldstart.py" --runs "$runs" --warm "$warm" --event "$bench/events/apigw-http-v2.json" \
    -- "$work/$client/bootstrap" > "$work/$client.json" 2> "$work/$client.log" \
    || { cat "$work/$client.log" >&2; exit 1; }
done

python3 - "$work" <<'PY'
import json, os, sys, zipfile, io
work = sys.argv[1]
def zipped(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.write(path, "bootstrap")
    return buf.tell()
rows = {}
for name in ("floor", "baseline", "serverlesssdk"):
    r = json.load(open(os.path.join(work, name + ".json")))
    exe = os.path.join(work, name, "bootstrap")
    rows[name] = dict(cold=r["cold_start_ms"]["median"], cold90=r["cold_start_ms"]["p90"], init=r["init_ms"]["median"],
                      warm=r["warm_latency_ms"]["median"], rps=r["throughput_rps"]["median"], rss=r["peak_rss_mb"]["median"],
                      exe=os.path.getsize(exe) / 1e6, zip=zipped(exe) / 1e6)
labels = {"floor": "C, raw sockets (floor)", "baseline": "HttpClient + STJ (baseline)", "serverlesssdk": "ServerlessSdk.Runtime (HelloApi)"}
print("| client (Native AOT) | cold start median | p90 | init (→ first /next) | warm latency | warm req/s | peak RSS | executable | zipped |")
print("|---|---|---|---|---|---|---|---|---|")
for name, r in rows.items():
    print(f"| {labels[name]} | {r['cold']:.2f} ms | {r['cold90']:.2f} ms | {r['init']:.2f} ms | {r['warm']:.3f} ms | {r['rps']:,.0f} | {r['rss']:.1f} MB | {r['exe']:.2f} MB | {r['zip']:.2f} MB |")
b, s = rows["baseline"], rows["serverlesssdk"]
print()
print("| target (ServerlessSdk vs baseline) | required | measured | met |")
print("|---|---|---|---|")
checks = [("cold start median ratio", "≤ 0.67", s["cold"] / b["cold"], s["cold"] / b["cold"] <= 0.67),
          ("warm throughput ratio", "≥ 1.00", s["rps"] / b["rps"], s["rps"] >= b["rps"]),
          ("peak RSS ratio", "≤ 0.70", s["rss"] / b["rss"], s["rss"] / b["rss"] <= 0.70),
          ("bootstrap size (MB)", "≤ 3.50", s["exe"], s["exe"] <= 3.5)]
for label, required, value, ok in checks:
    print(f"| {label} | {required} | {value:.2f} | {'yes' if ok else 'NO'} |")
PY
