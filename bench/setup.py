#!/usr/bin/env python3
"""Creates agents and guest chats through the public API and writes bench/target/chats.txt."""
import json
import os
import sys
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

BASE = os.environ.get("BASE_URL", "http://localhost:18090")
AGENTS = int(os.environ.get("AGENTS", "20"))
CHATS = int(os.environ.get("CHATS", "400"))
PASSWORD = "bench-password-1"


def call(method, path, body=None, token=None, expect=(200, 201)):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        raise SystemExit(f"{method} {path} -> {error.code} {error.read()[:300]!r}")


def login(username, password):
    return call("POST", "/api/auth/login/", {"username": username, "password": password})["token"]


def new_agents(run):
    """AGENTS agents of this run, created by the superuser; their tokens."""
    root = login(os.environ.get("SUPERUSER", "bench-root"), os.environ.get("SUPERUSER_PASSWORD", "bench-root-pw"))
    agents = []
    for i in range(AGENTS):
        name = f"bench_{run}_{i}"
        call("POST", "/api/agents/", {"username": name, "password": PASSWORD, "email": f"{name}@bench.local",
                                      "first_name": "Bench", "last_name": str(i),
                                      "max_concurrent_chats": 100}, root)
        agents.append(login(name, PASSWORD))
    return agents


def main():
    run = uuid.uuid4().hex[:6]
    agents = new_agents(run)

    def open_chat(i):
        session = call("POST", "/api/chat/start_chat/", {"initial_message": "Hola"})["session_id"]
        room = call("POST", "/api/chat/complete_chat/", {"session_id": session, "email": f"g{run}{i}@bench.local",
                                                         "full_name": f"Guest {i}", "phone_number": "+34600000000",
                                                         "recaptcha_token": "bench"})["chat_room_id"]
        token = agents[i % len(agents)]
        call("POST", f"/api/chat-rooms/{room}/take_chat/", None, token)
        return f"{room} {token}"

    with ThreadPoolExecutor(max_workers=8) as pool:
        lines = list(pool.map(open_chat, range(CHATS)))
    os.makedirs("bench/target", exist_ok=True)
    with open("bench/target/chats.txt", "w") as out:
        out.write("\n".join(lines) + "\n")
    print(f"setup: {AGENTS} agents, {CHATS} active chats")


if __name__ == "__main__":
    sys.exit(main())
