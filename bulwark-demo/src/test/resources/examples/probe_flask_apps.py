"""Answers a list of requests with the example Flask apps through Flask's test client (no
network), printing one line per request: APP METHOD PATH STATUS."""

import importlib.util
import logging
import os
import sys

logging.disable(logging.CRITICAL)
sys.dont_write_bytecode = True

REQUESTS = [line.split(" ", 1) for line in sys.argv[2].splitlines() if line.strip()]


def load(name, folder):
    spec = importlib.util.spec_from_file_location(name, os.path.join(folder, "app.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # Flask finds its root (and static folder) through it
    spec.loader.exec_module(module)
    return module.app


def main():
    examples = sys.argv[1]
    os.environ.update(SECRET_KEY="test-only", PAYMENTS_API_KEY="test-only",
                      API_KEYS_JSON='{"hardened-test-key": {"user_id": 2, "scopes": ["orders"]}}')
    apps = {"vulnerable": load("vulnerable_app", os.path.join(examples, "vulnerable-flask")),
            "hardened": load("hardened_app", os.path.join(examples, "hardened-flask"))}
    for label, app in apps.items():
        client = app.test_client()
        for method, path in REQUESTS:
            if method == "POST":
                reply = client.post(path, json={"message": "hello"})
            else:
                reply = client.open(path, method=method)
            print(label, method, path, reply.status_code, flush=True)


if __name__ == "__main__":
    main()
