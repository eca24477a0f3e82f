#!/usr/bin/env python3
"""Grows the event store to TOTAL events by copying its conversations' streams under new ids.

Usage: clone_events.py PGURL TOTAL. Reads every Conversation event (the streams bench/setup.py and a wrk run
wrote), then appends copies of whole streams: every UUID in a copy's aggregate id and payload (room, message,
guest ids) maps to a new one, so each copy is a conversation of its own that every projection accepts, with the
original's event types, order, timestamps and metadata. Appended with COPY, numbered after the store's head,
and the sequence moved past them. Run it while the server takes no writes.
"""
import csv
import io
import re
import subprocess
import sys
import uuid

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
COLUMNS = ("global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
           "payload_type, payload_revision, payload, meta_data")


def psql(url, sql, stdin=None):
    return subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql], input=stdin,
                          capture_output=True, text=True, check=True).stdout


def main():
    url, total = sys.argv[1], int(sys.argv[2])
    rows = list(csv.reader(io.StringIO(psql(url, """
        COPY (SELECT aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,
                     convert_from(payload, 'UTF8'), encode(meta_data, 'hex')
              FROM domain_event_entry WHERE type = 'Conversation'
              ORDER BY aggregate_identifier, sequence_number) TO STDOUT WITH CSV"""))))
    have = int(psql(url, "SELECT count(*) FROM domain_event_entry"))
    head = int(psql(url, "SELECT coalesce(max(global_index), 0) FROM domain_event_entry"))
    if not rows:
        raise SystemExit("no Conversation events to copy: run bench/setup.py and some messages first")
    wanted = total - have
    print(f"store: {have} events, {len(rows)} of them in conversations; appending {max(wanted, 0)}")
    out = io.StringIO()
    writer = csv.writer(out)
    index, copy = head, 0
    while index - head < wanted:
        copy += 1
        mapped = {}

        def renamed(match):
            old = match.group(0)
            if old not in mapped:
                mapped[old] = str(uuid.uuid5(uuid.NAMESPACE_OID, f"{old}/{copy}"))
            return mapped[old]

        for aggregate, sequence, kind, stamp, payload_type, revision, payload, meta in rows:
            if index - head >= wanted:
                break
            index += 1
            writer.writerow([index, str(uuid.uuid4()), UUID.sub(renamed, aggregate), sequence, kind, stamp,
                             payload_type, revision, "\\x" + UUID.sub(renamed, payload).encode().hex(),
                             "\\x" + meta if meta else None])
        if copy % 200 == 0 or index - head >= wanted:
            psql(url, f"COPY domain_event_entry ({COLUMNS}) FROM STDIN WITH CSV", out.getvalue())
            out = io.StringIO()
            writer = csv.writer(out)
            print(f"  {index - head} appended")
    psql(url, f"SELECT setval('domain_event_entry_seq', {index})")
    print(f"store: {int(psql(url, 'SELECT count(*) FROM domain_event_entry'))} events")


if __name__ == "__main__":
    main()
