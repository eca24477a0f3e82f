-- wrk script: an auditor's reads of random conversations listed in bench/target/chats.txt, with the token in
-- AUDIT_TOKEN. MODE=events: GET /api/audit/conversations/{id}/events?page_size=50 (a 50-event history page);
-- MODE=state: GET /api/audit/conversations/{id}/state?at=<now> (the conversation rebuilt up to now).
function init(args)
    rooms = {}
    for line in io.lines(os.getenv("CHATS_FILE") or "bench/target/chats.txt") do
        local room = line:match("^(%S+)")
        if room then
            table.insert(rooms, room)
        end
    end
    token = os.getenv("AUDIT_TOKEN")
    mode = os.getenv("MODE") or "events"
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
    local room = rooms[math.random(#rooms)]
    local path = "/api/audit/conversations/" .. room .. "/events?page_size=50"
    if mode == "state" then
        path = "/api/audit/conversations/" .. room .. "/state?at=" .. os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() + 5)
    end
    return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
    io.write(string.format("RESULT reads=%s requests=%d errors_status=%d p50_ms=%.1f p99_ms=%.1f\n",
        os.getenv("MODE") or "events",
        summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
