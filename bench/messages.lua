-- wrk script: guest and agent messages to random chats listed in bench/target/chats.txt
-- (one line per chat: "<chat_room_id> <agent_token>").
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    errors = 0
    chats = {}
    for line in io.lines(os.getenv("CHATS_FILE") or "bench/target/chats.txt") do
        local room, token = line:match("^(%S+) (%S+)$")
        if room then
            table.insert(chats, { room = room, token = token })
        end
    end
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
    counter = 0
end

function request()
    counter = counter + 1
    local chat = chats[math.random(#chats)]
    if counter % 2 == 0 then
        local body = '{"chat_room_id":"' .. chat.room .. '","content":"guest message ' .. counter .. '"}'
        return wrk.format("POST", "/api/chat/send_message/", { ["Content-Type"] = "application/json" }, body)
    end
    local body = '{"content":"agent reply ' .. counter .. '","message_type":"text"}'
    return wrk.format("POST", "/api/chat-rooms/" .. chat.room .. "/send_message/",
        { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. chat.token }, body)
end

function response(status, headers, body)
    if status ~= 201 then
        errors = errors + 1
    end
end

function done(summary, latency, requests)
    local failed = 0
    for _, thread in ipairs(threads) do
        failed = failed + thread:get("errors")
    end
    local seconds = summary.duration / 1000000
    io.write(string.format("RESULT messages_per_s=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d socket_errors=%d\n",
        summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        failed, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
