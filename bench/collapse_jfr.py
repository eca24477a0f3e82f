#!/usr/bin/env python3
"""JFR execution samples (from `jfr print --json`) as collapsed stacks for a flame graph, or, with
--summary, the share of CPU samples per part of the message path."""
import collections
import json
import sys

# First match wins: a request thread's samples under the token check count as the token check, those of a
# command's handling (aggregate, rules, event append, commit) as the command, not as the request around it.
PARTS = [
    ("token check (JWT, revocation, account standing)", ["TokenService.verify", "io.jsonwebtoken",
                                                         "AccessTokens", "TokenRevocations", "AccountStanding"]),
    ("rate limits (buckets in PostgreSQL)", ["com.chatcore.web.ratelimit", "bucket4j"]),
    ("command: load aggregate, rules, append events, commit", ["CommandGateway", "SimpleCommandBus"]),
    ("read-your-writes: waiting for the read model", ["ReadYourWrites"]),
    ("read-model queries of the request", ["QueryGateway.query"]),
    ("projections (tracking processors)", ["TrackingEventProcessor", "WorkPackage"]),
    ("realtime push", ["com.chatcore.web.realtime"]),
    ("request and response JSON", ["readWithMessageConverters", "writeWithMessageConverters"]),
    ("HTTP, Spring MVC and security filters, other", ["org.apache.coyote", "FilterChainProxy",
                                                      "DispatcherServlet"]),
]


def stacks(path):
    events = json.load(open(path))["recording"]["events"]
    for event in events:
        trace = event["values"].get("stackTrace")
        if trace:
            yield [f"{f['method']['type']['name']}.{f['method']['name']}" for f in reversed(trace["frames"])]


def main():
    summary = sys.argv[1] == "--summary"
    counts = collections.Counter(";".join(s) for s in stacks(sys.argv[-1]))
    if not summary:
        for stack, n in counts.items():
            print(f"{stack} {n}")
        return
    total = sum(counts.values())
    parts = collections.Counter()
    for stack, n in counts.items():
        dotted = stack.replace("/", ".")
        parts[next((name for name, keys in PARTS if any(k in dotted for k in keys)),
                   "other threads (JIT, GC, schedulers, event store polling)")] += n
    print(f"{total} CPU samples (jdk.ExecutionSample)")
    for name, n in parts.most_common():
        print(f"{100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
