#!/usr/bin/env python3
"""Seed 001: agents, signed-in users each with an open support session taken by an agent, through the public
API; writes bench/target/chats.txt as "<session_id> <agent_token> <user_token>" lines."""
import os
import uuid
from concurrent.futures import ThreadPoolExecutor

from setup import CHATS, PASSWORD, call, login, new_agents


def main():
    run = uuid.uuid4().hex[:6]
    agents = new_agents(run)

    def open_session(i):
        name = f"user_{run}_{i}"
        call("POST", "/api/auth/register/", {"username": name, "password": PASSWORD, "email": f"{name}@bench.local"})
        user = login(name, PASSWORD)
        session = call("POST", "/api/chat/session", None, user)["data"]["id"]
        agent = agents[i % len(agents)]
        call("POST", f"/api/chat-rooms/{session}/take_chat/", None, agent)
        return f"{session} {agent} {user}"

    with ThreadPoolExecutor(max_workers=8) as pool:
        lines = list(pool.map(open_session, range(CHATS)))
    os.makedirs("bench/target", exist_ok=True)
    with open("bench/target/chats.txt", "w") as out:
        out.write("\n".join(lines) + "\n")
    print(f"setup (seed 001): {len(agents)} agents, {CHATS} active support sessions")


if __name__ == "__main__":
    main()
