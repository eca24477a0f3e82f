#!/usr/bin/env python3
"""Helpers of bench/run.sh: CPU time of processes from /proc, and one table row per load level.

  measure.py cpu "JVM_PIDS" POSTMASTER_PID   -> "<jvm seconds> <postgres seconds>" ("n/a" where unreadable)
  measure.py postmaster CHILD_PID            -> the postmaster's pid (the child's parent), or nothing
  measure.py row TABLE LABEL CONNECTIONS CPU_BEFORE CPU_AFTER WALL_S DUMP...
                                             -> appends a row to TABLE (tab-separated) and prints it
  measure.py table TABLE...                  -> the rows of every TABLE as one Markdown table
  measure.py threads "JVM_PIDS"              -> each server thread's CPU ticks, one "tid name ticks" line each
  measure.py thread-row BEFORE AFTER DUMP... -> "THREADS" line: ms of CPU per acknowledged message by thread
                                                group (numbers in names folded: every http-nio-*-exec-* is one)
  measure.py jit-share BEFORE AFTER          -> the JIT compiler threads' percent of the JVMs' CPU between snapshots
"""
import os
import sys

TICK = os.sysconf("SC_CLK_TCK")
COLUMNS = ["set-up", "connections", "messages/s", "p50 ms", "p99 ms", "errors", "socket errors",
           "JVM ms CPU/msg", "JVM cores", "PG ms CPU/msg", "PG cores"]


def stat(pid):
    """The fields of /proc/<pid>/stat after the command name (which may hold spaces): state is [0]."""
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()


def own_ticks(fields):
    return int(fields[11]) + int(fields[12])  # utime, stime


def jvm_seconds(pids):
    return sum(own_ticks(stat(pid)) for pid in pids) / TICK


def tree_seconds(root):
    """CPU of a postmaster and every live descendant, plus what its exited children used: the kernel adds
    a reaped child's time to its parent's cutime/cstime, and the postmaster reaps its backends."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = stat(entry)
                parents[int(entry)] = (int(fields[1]), fields)
            except (OSError, IndexError):
                pass  # gone meanwhile
    root_fields = stat(root)
    total = own_ticks(root_fields) + int(root_fields[13]) + int(root_fields[14])
    for pid, (ppid, fields) in parents.items():
        ancestor = ppid
        while ancestor > 1 and ancestor != root:
            ancestor = parents.get(ancestor, (0,))[0]
        if ancestor == root:
            total += own_ticks(fields)
    return total / TICK


def cpu(jvm_pids, postmaster):
    try:
        jvm = f"{jvm_seconds(jvm_pids.split()):.2f}" if jvm_pids.strip() else "n/a"
    except OSError:
        jvm = "n/a"
    try:
        pg = f"{tree_seconds(int(postmaster)):.2f}" if postmaster.strip() else "n/a"
    except (OSError, ValueError):
        pg = "n/a"
    print(jvm, pg)


def postmaster(child):
    try:
        parent = stat(child)[1]
        with open(f"/proc/{parent}/comm") as f:
            if f.read().strip() in ("postgres", "postmaster"):
                print(parent)
    except OSError:
        pass


def read_dump(path):
    """A dump written by messages.lua: counters, then "q <percentile> <latency us>" lines."""
    counts, quantiles = {}, []
    with open(path) as f:
        for line in f:
            key, *values = line.split()
            if key == "q":
                quantiles.append((float(values[0]), float(values[1])))
            else:
                counts[key] = float(values[0])
    return counts, quantiles


def pooled_percentile(dumps, p):
    """The p-th percentile of the latencies of several wrk runs together: each run's quantile point at
    percentile p_i stands for the share (p_i - p_i-1) of its requests (for one run, exact at the grid's
    own percentiles: 50 and 99 are on it)."""
    points = []
    for counts, quantiles in dumps:
        previous = 0.0
        for percentile, value in quantiles:
            points.append((value, counts["requests"] * (percentile - previous) / 100))
            previous = percentile
    points.sort()
    total = sum(weight for _, weight in points)
    running = 0.0
    for value, weight in points:
        running += weight
        if running >= total * p / 100 - 1e-9 * total:
            return value / 1000
    return float("nan")


def per_message(before, after, acked):
    if "n/a" in (before, after) or acked == 0:
        return "n/a"
    return f"{(float(after) - float(before)) * 1000 / acked:.2f}"


def cores(before, after, wall):
    if "n/a" in (before, after):
        return "n/a"
    return f"{(float(after) - float(before)) / wall:.2f}"


def row(table, label, connections, cpu_before, cpu_after, wall, *paths):
    dumps = [read_dump(path) for path in paths]
    acked = sum(counts["acked"] for counts, _ in dumps)
    rate = sum(counts["acked"] / counts["seconds"] for counts, _ in dumps)
    jvm_before, pg_before = cpu_before.split()
    jvm_after, pg_after = cpu_after.split()
    wall = float(wall)
    cells = [label, connections, f"{rate:.1f}",
             f"{pooled_percentile(dumps, 50):.1f}", f"{pooled_percentile(dumps, 99):.1f}",
             str(int(sum(c["errors"] for c, _ in dumps))), str(int(sum(c["socket_errors"] for c, _ in dumps))),
             per_message(jvm_before, jvm_after, acked), cores(jvm_before, jvm_after, wall),
             per_message(pg_before, pg_after, acked), cores(pg_before, pg_after, wall)]
    with open(table, "a") as out:
        out.write("\t".join(cells) + "\n")
    print("ROW " + " ".join(f"{name.replace(' ', '_').replace('/', '_per_')}={cell}"
                            for name, cell in zip(COLUMNS, cells)))


def table(*paths):
    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    for path in paths:
        with open(path) as f:
            for line in f:
                print("| " + " | ".join(line.rstrip("\n").split("\t")) + " |")


def threads(jvm_pids):
    for pid in jvm_pids.split():
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/comm") as f:
                    name = f.read().strip()
                print(tid, name.replace(" ", "_"), own_ticks(stat(f"{pid}/task/{tid}")))
            except OSError:
                pass  # ended meanwhile


def spent_by_thread(before, after):
    """{tid: (name, ticks)}: each thread's CPU between two `threads` snapshots (a new thread from zero)."""
    def ticks(path):
        with open(path) as f:
            return {tid: (name, int(n)) for tid, name, n in (line.split() for line in f)}
    start, end = ticks(before), ticks(after)
    return {tid: (name, n - start.get(tid, (name, 0))[1]) for tid, (name, n) in end.items()}


def thread_row(before, after, *paths):
    import re
    acked = sum(counts["acked"] for counts, _ in (read_dump(path) for path in paths))
    groups = {}
    for name, n in spent_by_thread(before, after).values():
        group = re.sub(r"\d+", "N", name)
        groups[group] = groups.get(group, 0) + n
    top = sorted(groups.items(), key=lambda item: -item[1])[:12]
    print("THREADS ms_CPU_per_msg " + " ".join(f"{group}={n * 1000 / TICK / max(acked, 1):.3f}"
                                               for group, n in top if n > 0))


def jit_share(before, after):
    """The JIT compiler threads' share of the JVMs' CPU between two `threads` snapshots, in percent."""
    spent = spent_by_thread(before, after).values()
    total = sum(n for _, n in spent)
    compiling = sum(n for name, n in spent if "CompilerThre" in name)
    print(f"{compiling * 100 / max(total, 1):.1f}")


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    {"cpu": cpu, "postmaster": postmaster, "row": row, "table": table, "threads": threads,
     "thread-row": thread_row, "jit-share": jit_share}[command](*arguments)
