#!/usr/bin/env python3
"""Times how fast each projection processes the store (issue 13: read-model rebuild speed).

Usage: measure_rebuild.py BASE_URL APPENDED. First the catch-up: the projections were at the head when
clone_events.py appended APPENDED events, so each one's time to lag 0 gives its live speed. Then each replayable
projection is rebuilt, one at a time, with POST /api/admin/projections/{name}/replay, and timed from the request
until it runs again with lag 0: events in the store / seconds. Prints one RESULT line per projection and phase.
"""
import json
import os
import sys
import time
import urllib.request

BASE = sys.argv[1]
APPENDED = int(sys.argv[2])
POLL = 0.5


def call(method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"null")


def projections(token):
    return {p["name"]: p for p in call("GET", "/api/admin/projections", token=token)["projections"]}


def caught_up(projection):
    return projection["state"] == "running" and projection["lag_events"] == 0


def main():
    token = call("POST", "/api/auth/login/", {"username": os.environ.get("SUPERUSER", "bench-root"),
                                              "password": os.environ.get("SUPERUSER_PASSWORD", "bench-root-pw")})["token"]
    start = time.monotonic()
    pending = set(projections(token))
    while pending:
        now = projections(token)
        for name in sorted(pending):
            if caught_up(now[name]):
                seconds = time.monotonic() - start
                print(f"RESULT phase=catch-up projection={name} events={APPENDED} seconds={seconds:.1f} "
                      f"events_per_s={APPENDED / seconds:.0f}", flush=True)
                pending.discard(name)
        time.sleep(POLL)
    head = call("GET", "/api/admin/projections", token=token)["head"]
    only = [name for name in os.environ.get("REPLAY_ONLY", "").split(",") if name]
    for name, projection in sorted(projections(token).items()):
        if not projection["replayable"] or (only and name not in only):
            continue
        start = time.monotonic()
        call("POST", f"/api/admin/projections/{name}/replay", token=token)
        time.sleep(POLL)
        while not caught_up(projections(token)[name]):
            time.sleep(POLL)
        seconds = time.monotonic() - start
        print(f"RESULT phase=replay projection={name} events={head} seconds={seconds:.1f} "
              f"events_per_s={head / seconds:.0f}", flush=True)


if __name__ == "__main__":
    main()
