// Runs inside the browser page (injected before any page script): the few calls a frontend of seed 003
// makes, written the way the public seed-003 React client makes them: fetch with a JSON body and
// `Authorization: Bearer <access>`, plain WebSockets to `${VITE_WS_URL}/guest_chat_<key>/` and
// `${VITE_WS_URL}/my_chats/?token=<access>`. The page lives on another origin than the API, so every call
// is a real cross-origin request: preflights, CORS headers and the WebSocket Origin check all apply.
window.chat = (() => {
    const config = { api: null, ws: null };
    const sockets = new Map();

    function configure(api, ws) {
        config.api = api;
        config.ws = ws;
    }

    /** A REST call; answers {status, body, headers} (only the headers CORS lets the page read), or {error}. */
    async function request(method, path, { token, body } = {}) {
        const headers = { Accept: 'application/json' };
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        if (token) {
            headers.Authorization = `Bearer ${token}`;
        }
        let response;
        try {
            response = await fetch(config.api + path, {
                method,
                headers,
                body: body === undefined ? undefined : JSON.stringify(body),
            });
        } catch (error) {
            // What a page sees when CORS refuses: a TypeError, no status, no body.
            return { error: `${error.name}: ${error.message}` };
        }
        const text = await response.text();
        let parsed = text;
        try {
            parsed = text ? JSON.parse(text) : null;
        } catch {
            // not JSON: keep the text
        }
        return { status: response.status, body: parsed, headers: Object.fromEntries(response.headers.entries()) };
    }

    /**
     * Opens a socket under a name and collects its frames. Resolves once the server answered a heartbeat
     * (so it is subscribed), or with {opened: false, code} when the handshake is refused.
     */
    function connect(name, path, timeoutMs = 15000) {
        return new Promise((resolve) => {
            const socket = new WebSocket(config.ws + path);
            const entry = { socket, frames: [], closed: null, waiters: [] };
            sockets.set(name, entry);
            let settled = false;
            const settle = (value) => {
                if (!settled) {
                    settled = true;
                    clearTimeout(timer);
                    resolve(value);
                }
            };
            const timer = setTimeout(() => settle({ opened: false, timeout: true }), timeoutMs);
            socket.onopen = () => socket.send(JSON.stringify({ type: 'heartbeat' }));
            socket.onmessage = (event) => {
                let frame;
                try {
                    frame = JSON.parse(event.data);
                } catch {
                    frame = { unparsable: String(event.data) };
                }
                entry.frames.push(frame);
                if (frame.type === 'pong') {
                    settle({ opened: true });
                }
                entry.waiters = entry.waiters.filter((waiter) => !waiter(frame));
            };
            socket.onclose = (event) => {
                entry.closed = { code: event.code, reason: event.reason };
                settle({ opened: false, code: event.code });
            };
        });
    }

    /** Deep partial match: every key of the pattern is in the value with an equal (or matching) value. */
    function matches(value, pattern) {
        if (pattern === null || typeof pattern !== 'object') {
            return value === pattern;
        }
        if (value === null || typeof value !== 'object') {
            return false;
        }
        return Object.keys(pattern).every((key) => matches(value[key], pattern[key]));
    }

    /** The first frame (seen already or to come) that matches the pattern; rejects after timeoutMs. */
    function waitForFrame(name, pattern, timeoutMs = 15000) {
        const entry = sockets.get(name);
        const seen = entry.frames.find((frame) => matches(frame, pattern));
        if (seen) {
            return Promise.resolve(seen);
        }
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                entry.waiters = entry.waiters.filter((waiter) => waiter !== check);
                reject(new Error(`no frame matching ${JSON.stringify(pattern)} on ${name} within ${timeoutMs} ms; `
                    + `frames: ${JSON.stringify(entry.frames)}; closed: ${JSON.stringify(entry.closed)}`));
            }, timeoutMs);
            const check = (frame) => {
                if (matches(frame, pattern)) {
                    clearTimeout(timer);
                    resolve(frame);
                    return true;
                }
                return false;
            };
            entry.waiters.push(check);
        });
    }

    function frames(name) {
        return sockets.get(name).frames;
    }

    function close(name) {
        const entry = sockets.get(name);
        if (entry && entry.socket.readyState <= WebSocket.OPEN) {
            entry.socket.close(1000);
        }
    }

    return { configure, request, connect, waitForFrame, frames, close };
})();
