-- wrk script: customer and agent messages to random chats listed in bench/target/chats.txt, one line per
-- chat: "<chat_room_id> <agent_token>" (seed 003: the customer is the chat's guest) or
-- "<session_id> <agent_token> <user_token>" (seed 001: a signed-in user's support session).
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    errors = 0
    acked = 0
    chats = {}
    for line in io.lines(os.getenv("CHATS_FILE") or "bench/target/chats.txt") do
        local room, token, user = line:match("^(%S+) (%S+) ?(%S*)$")
        if room then
            table.insert(chats, { room = room, token = token, user = user })
        end
    end
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
    counter = 0
end

function request()
    counter = counter + 1
    local chat = chats[math.random(#chats)]
    if counter % 2 == 0 and chat.user ~= "" then
        local body = '{"message":"user message ' .. counter .. '"}'
        return wrk.format("POST", "/api/chat/message",
            { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. chat.user }, body)
    end
    if counter % 2 == 0 then
        local body = '{"chat_room_id":"' .. chat.room .. '","content":"guest message ' .. counter .. '"}'
        return wrk.format("POST", "/api/chat/send_message/", { ["Content-Type"] = "application/json" }, body)
    end
    local body = '{"content":"agent reply ' .. counter .. '","message_type":"text"}'
    return wrk.format("POST", "/api/chat-rooms/" .. chat.room .. "/send_message/",
        { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. chat.token }, body)
end

-- A message is acknowledged by a 2xx answer (the send routes answer 201); anything else is an error.
function response(status, headers, body)
    if status >= 200 and status < 300 then
        acked = acked + 1
    else
        errors = errors + 1
    end
end

-- With WRK_DUMP set, bench/measure.py reads the counters and the latency distribution (microseconds,
-- at every 0.1th percentile and every 0.01th above the 99th) from that file, to pool several wrk runs.
local function dump(path, summary, latency, acknowledged, failed, socket_errors)
    local out = assert(io.open(path, "w"))
    out:write(string.format("acked %d\nerrors %d\nsocket_errors %d\nrequests %d\nseconds %.6f\n",
        acknowledged, failed, socket_errors, summary.requests, summary.duration / 1000000))
    for i = 1, 990 do
        out:write(string.format("q %.2f %d\n", i / 10, latency:percentile(i / 10)))
    end
    for i = 9901, 10000 do
        out:write(string.format("q %.2f %d\n", i / 100, latency:percentile(i / 100)))
    end
    out:close()
end

function done(summary, latency, requests)
    local failed, acknowledged = 0, 0
    for _, thread in ipairs(threads) do
        failed = failed + thread:get("errors")
        acknowledged = acknowledged + thread:get("acked")
    end
    local seconds = summary.duration / 1000000
    local socket_errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT messages_per_s=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d socket_errors=%d acked=%d\n",
        acknowledged / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        failed, socket_errors, acknowledged))
    if (os.getenv("WRK_DUMP") or "") ~= "" then
        dump(os.getenv("WRK_DUMP"), summary, latency, acknowledged, failed, socket_errors)
    end
end
