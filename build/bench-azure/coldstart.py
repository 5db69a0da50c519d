#!/usr/bin/env python3
"""Cold start (exec -> first HTTP response) and peak RSS of custom-handler executables.

Each run starts a fresh process with FUNCTIONS_CUSTOMHANDLER_PORT set, as the Azure Functions host does, polls the
port with GET /api/items?limit=3 until an HTTP response arrives, and records the time since exec and the process's
VmHWM (peak RSS) right after. Clients take turns (round-robin per run), so machine drift hits them alike.

    coldstart.py RUNS NAME=COMMAND [NAME=COMMAND ...]     (COMMAND is split on spaces)
Prints one JSON object per client: {"name", "runs", "median_ms", "p90_ms", "rss_mb"}; ratios are the caller's.
"""
import json, os, signal, socket, statistics, subprocess, sys, time

REQUEST = b"GET /api/items?limit=3 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Azure-Functions-InvocationId: bench\r\nConnection: close\r\n\r\n"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def one_run(command):
    port = free_port()
    env = dict(os.environ, FUNCTIONS_CUSTOMHANDLER_PORT=str(port), DOTNET_TieredPGO="0")
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = start + 30
        while time.perf_counter() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                    s.sendall(REQUEST)
                    head = s.recv(64)
                    if head.startswith(b"HTTP/1.1 200"):
                        elapsed = (time.perf_counter() - start) * 1000
                        return elapsed, peak_rss_mb(process.pid)
                    raise RuntimeError(f"unexpected response {head!r}")
            except (ConnectionRefusedError, ConnectionResetError):
                time.sleep(0.0002)
        raise RuntimeError("no response within 30 s")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main():
    runs = int(sys.argv[1])
    clients = [(arg.split("=", 1)[0], arg.split("=", 1)[1].split(" ")) for arg in sys.argv[2:]]
    results = {name: ([], []) for name, _ in clients}
    for name, command in clients:  # one warm-up each: page cache, not measured
        one_run(command)
    for _ in range(runs):
        for name, command in clients:
            elapsed, rss = one_run(command)
            results[name][0].append(elapsed)
            results[name][1].append(rss)
    for name, (times, rss) in results.items():
        times.sort()
        print(json.dumps({"name": name, "runs": runs, "median_ms": round(statistics.median(times), 2),
                          "p90_ms": round(times[int(0.9 * (len(times) - 1))], 2), "rss_mb": round(statistics.median(rss), 1)}))


main()
