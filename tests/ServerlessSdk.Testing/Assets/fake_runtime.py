#!/usr/bin/env python3
"""A scriptable Lambda runtime client for the launcher tests: argv[1] picks how it (mis)behaves.

Speaks HTTP/1.1 over a raw socket (one keep-alive connection, like real runtimes) because importing
http.client would triple the start-up time of every test process.
"""
import os, signal, socket, sys, time

mode = sys.argv[1] if len(sys.argv) > 1 else "echo"
host, port = os.environ["AWS_LAMBDA_RUNTIME_API"].split(":")
sock = socket.create_connection((host, int(port)))
sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
stream = sock.makefile("rb")
base = "/2018-06-01/runtime"


def log(message, out=sys.stdout):
    print(message, file=out, flush=True)


def request(method, path, body=b"", headers=()):
    if isinstance(body, str):
        body = body.encode()
    head = [f"{method} {base}{path} HTTP/1.1", f"Host: {host}", f"Content-Length: {len(body)}", *headers]
    sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
    status = int(stream.readline().split()[1])
    fields = {}
    while (line := stream.readline().strip()):
        name, _, value = line.decode().partition(":")
        fields[name.strip().lower()] = value.strip()
    return status, fields, stream.read(int(fields.get("content-length", 0)))


def next_invocation():
    _, fields, event = request("GET", "/invocation/next")
    return fields["lambda-runtime-aws-request-id"], event


def echo_forever():
    while True:
        request_id, event = next_invocation()
        request("POST", f"/invocation/{request_id}/response", event)


log(f"pid {os.getpid()} mode {mode}")

if mode == "echo":
    echo_forever()
elif mode == "exit":
    log("fatal: cannot start", sys.stderr)
    sys.exit(3)
elif mode == "hang":
    time.sleep(3600)
elif mode == "init-error":
    request("POST", "/init/error", '{"errorType":"ConfigError","errorMessage":"missing TABLE_NAME"}',
            ["Lambda-Runtime-Function-Error-Type: Runtime.ConfigError"])
    time.sleep(3600)  # Lambda would kill it; the runner must not wait for the exit
elif mode == "error":
    request_id, _ = next_invocation()
    request("POST", f"/invocation/{request_id}/error", '{"errorType":"KeyError","errorMessage":"boom","stackTrace":[]}',
            ["Lambda-Runtime-Function-Error-Type: Runtime.Unhandled"])
    time.sleep(3600)
elif mode == "bad-id":
    next_invocation()
    request("POST", "/invocation/not-the-request-id/response", "{}")
    time.sleep(3600)
elif mode == "respond-then-exit":
    request_id, event = next_invocation()
    request("POST", f"/invocation/{request_id}/response", event)
    sys.exit(0)
elif mode == "env":
    import json
    request_id, _ = next_invocation()
    request("POST", f"/invocation/{request_id}/response", json.dumps({"env": dict(os.environ), "cwd": os.getcwd()}))
    time.sleep(3600)
elif mode == "sigterm":
    def on_term(signum, frame):
        log("SIGTERM received")
        os._exit(0)
    signal.signal(signal.SIGTERM, on_term)
    echo_forever()
elif mode == "sqs-only":
    # Answers only SQS events: tells which sample event the startup probe chose.
    while True:
        request_id, event = next_invocation()
        if b'"aws:sqs"' in event:
            request("POST", f"/invocation/{request_id}/response", event)
        else:
            request("POST", f"/invocation/{request_id}/error", '{"errorType":"NotSqs","errorMessage":"not an SQS event","stackTrace":[]}',
                    ["Lambda-Runtime-Function-Error-Type: Runtime.Unhandled"])
elif mode == "selected":
    # Like FunctionHost in a bootstrap hosting several functions: refuses to start without SERVERLESS_FUNCTION, and
    # answers only events that name the selected function (tells which function and event the probe ran together).
    selected = os.environ.get("SERVERLESS_FUNCTION")
    if not selected:
        request("POST", "/init/error", '{"errorType":"NoFunction","errorMessage":"set SERVERLESS_FUNCTION"}',
                ["Lambda-Runtime-Function-Error-Type: Runtime.NoFunction"])
        time.sleep(3600)
    while True:
        request_id, event = next_invocation()
        if f'"{selected}"'.encode() in event:
            request("POST", f"/invocation/{request_id}/response", event)
        else:
            request("POST", f"/invocation/{request_id}/error", f'{{"errorType":"WrongEvent","errorMessage":"not an event for {selected}","stackTrace":[]}}',
                    ["Lambda-Runtime-Function-Error-Type: Runtime.Unhandled"])
elif mode == "alloc":
    ballast = bytearray(32 * 1024 * 1024)  # zero-filled, so every page is touched
    echo_forever()
else:
    log(f"unknown mode {mode}", sys.stderr)
    sys.exit(2)
