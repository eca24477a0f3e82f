#!/usr/bin/env python3
"""JFR execution samples (from `jfr print --json`) as collapsed stacks for a flame graph, or, with
--summary, the share of CPU samples per part of the message path."""
import collections
import json
import sys

# First match wins: a request thread's samples under the token check count as the token check.
PARTS = [
    ("token check: JWT parse and signature", ["TokenService.verify", "DefaultJwtParser", "io.jsonwebtoken"]),
    ("token check: revocation and account look-ups", ["AccessTokens.stillHonoured", "TokenRevocations",
                                                      "AccountStanding"]),
    ("projections (tracking processors)", ["TrackingEventProcessor", "WorkPackage"]),
    ("read-your-writes (subscription, re-reads)", ["ReadYourWrites"]),
    ("command: load aggregate, rules, append", ["AggregateAnnotationCommandHandler", "EventSourcingRepository",
                                                "CommandGateway"]),
    ("realtime push", ["com.chatcore.web.realtime"]),
    ("request and response JSON", ["tools.jackson", "com.fasterxml.jackson"]),
    ("security filter chain, other", ["FilterChainProxy"]),
    ("tomcat and spring mvc, other", ["org.apache.tomcat", "org.apache.catalina", "DispatcherServlet"]),
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
        parts[next((name for name, keys in PARTS if any(k in stack for k in keys)), "other")] += n
    print(f"{total} CPU samples (jdk.ExecutionSample)")
    for name, n in parts.most_common():
        print(f"{100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
