"""A minimal Azure Functions custom handler for the local host's tests (learn.microsoft.com, "Azure Functions
custom handlers"): listens on FUNCTIONS_CUSTOMHANDLER_PORT; POST /<function> answers { Outputs, Logs, ReturnValue }
echoing what it got; any other request (proxied HTTP) answers with its method and path. Modes: serve (default),
exit (exits 3 before listening), garbage (answers invocations with text that is not JSON), fail (answers every
request with 500, as a handler whose function threw), storage (exits 4 before listening unless AzureWebJobsStorage
names endpoints that accept connections, and fails invocations whose data is not an order, as the queue template),
taken (on its first start in an app folder, leaves its port bound by a child for 10 s and exits 5, as when another
process takes the port between the host picking it and the handler binding it; serves on later starts)."""
import json, os, socket, sys
from http.server import BaseHTTPRequestHandler, HTTPServer

mode = sys.argv[1] if len(sys.argv) > 1 else "serve"
print("pid %d mode %s" % (os.getpid(), mode), flush=True)
if mode == "exit":
    sys.exit(3)
if mode == "taken":
    marker = os.path.join(os.environ["AzureWebJobsScriptRoot"], "taken.marker")
    if not os.path.exists(marker):
        open(marker, "w").close()
        squatter = socket.socket()
        squatter.bind(("127.0.0.1", int(os.environ["FUNCTIONS_CUSTOMHANDLER_PORT"])))
        if os.fork() == 0:
            # Bound, not listening: the host cannot connect, and the port cannot be bound. No output pipes held.
            devnull = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(devnull, fd)
            import time
            time.sleep(10)
            os._exit(0)
        print("port taken", flush=True)
        sys.exit(5)
if mode == "storage":
    parts = dict(p.split("=", 1) for p in os.environ.get("AzureWebJobsStorage", "").split(";") if "=" in p)
    endpoints = [v for k, v in parts.items() if k.endswith("Endpoint")]
    if not endpoints:
        print("AzureWebJobsStorage has no endpoint", flush=True)
        sys.exit(4)
    for endpoint in endpoints:
        host, port = endpoint.split("//", 1)[1].split("/", 1)[0].split(":")
        socket.create_connection((host, int(port)), timeout=5).close()
    print("storage %s" % ",".join(sorted(k for k in parts if k.endswith("Endpoint"))), flush=True)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body, content_type="application/json"):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if mode == "fail":
            self.answer(500, json.dumps({"message": "Internal Server Error"}))
            return
        self.answer(200, json.dumps({"method": "GET", "path": self.path, "env": {k: os.environ.get(k) for k in ("FUNCTIONS_CUSTOMHANDLER_PORT", "FUNCTIONS_WORKER_RUNTIME")}}))

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode()
        name = self.path.strip("/")
        if mode == "fail":
            self.answer(500, json.dumps({"message": "Internal Server Error"}))
            return
        if mode == "garbage":
            self.answer(200, "not json", "text/plain")
            return
        if name.startswith("api/"):
            self.answer(201, json.dumps({"method": "POST", "path": self.path, "body": raw}))
            return
        payload = json.loads(raw)
        if mode == "storage" and "orderId" not in json.dumps(payload["Data"]):
            self.answer(500, json.dumps({"message": "not an order"}))
            return
        outputs = {}
        if "req" in payload["Data"]:
            req = payload["Data"]["req"]
            outputs["res"] = {"statusCode": 200, "body": json.dumps({"function": name, "params": req["Params"], "method": req["Method"]}), "headers": {"X-Function": name}}
            if req["Url"].endswith("/extras"):
                # What the host does not read from a custom handler's res: cookies, isRaw, a header with several values.
                outputs["res"] = {"statusCode": "202", "body": "extras", "headers": {"Set-Cookie": ["a=1", "b=2"]}, "cookies": [{"name": "c", "value": "3"}], "isRaw": True}
        print("invoked %s" % name, flush=True)
        self.answer(200, json.dumps({"Outputs": outputs, "Logs": ["handled " + name], "ReturnValue": {"function": name, "data": payload["Data"], "metadata": payload["Metadata"]}}))


HTTPServer(("127.0.0.1", int(os.environ["FUNCTIONS_CUSTOMHANDLER_PORT"])), Handler).serve_forever()
