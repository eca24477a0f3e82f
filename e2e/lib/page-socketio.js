// Runs inside the browser page, after socket.io-client's own browser bundle (window.io, from npm): Socket.IO
// connections opened the way the seed 001 and 002 clients open them, `io(VITE_WS_URL + namespace, {auth})`, each
// under a name, keeping every event it receives so a test can wait for one.
window.sio = (() => {
    const sockets = new Map();

    /**
     * Resolves {connected: true} on connect, {connected: false, event: 'auth-error', data} when the server refuses
     * the token, or {connected: false, errors} when no connection came within `timeoutMs`. Reconnection stays on,
     * as in both clients: a transport error is retried, not taken for a refusal.
     */
    function open(name, url, auth, options = {}, timeoutMs = 15000) {
        return new Promise((resolve) => {
            const socket = window.io(url, { auth, ...options });
            const entry = { socket, events: [], waiters: [], errors: [] };
            sockets.set(name, entry);
            const timer = setTimeout(() => resolve({ connected: false, errors: entry.errors }), timeoutMs);
            const settle = (value) => {
                clearTimeout(timer);
                resolve(value);
            };
            socket.onAny((event, data) => {
                entry.events.push({ event, data });
                entry.waiters = entry.waiters.filter((waiter) => !waiter(event, data));
            });
            // Reserved events never reach onAny: kept too (in parentheses), so a timed-out wait shows a reconnect.
            socket.on('connect', () => {
                entry.events.push({ event: '(connect)', data: socket.id });
                settle({ connected: true, transport: socket.io.engine.transport.name });
            });
            socket.on('disconnect', (reason) => entry.events.push({ event: '(disconnect)', data: reason }));
            socket.on('connect_error', (error) => {
                entry.errors.push(String(error && error.message));
                entry.events.push({ event: '(connect_error)', data: String(error && error.message) });
            });
            socket.on('auth-error', (data) => settle({ connected: false, event: 'auth-error', data }));
        });
    }

    function emit(name, event, data) {
        sockets.get(name).socket.emit(event, data);
    }

    /** Emits with an acknowledgement (the server answers once it handled the event): {answered, answer|error}. */
    async function emitAcknowledged(name, event, data, timeoutMs = 15000) {
        try {
            const answer = await sockets.get(name).socket.timeout(timeoutMs).emitWithAck(event, data);
            return { answered: true, answer };
        } catch (error) {
            return { answered: false, error: String(error && error.message) };
        }
    }

    /** The first event named `event` (received before or after the call) whose data contains `fields`. */
    function waitFor(name, event, fields = {}, timeoutMs = 15000) {
        const entry = sockets.get(name);
        const matches = (got, data) => got === event && Object.entries(fields)
            .every(([key, value]) => data && JSON.stringify(data[key]) === JSON.stringify(value));
        const seen = entry.events.find(({ event: got, data }) => matches(got, data));
        if (seen) {
            return Promise.resolve(seen.data);
        }
        return new Promise((resolve) => {
            const timer = setTimeout(() => resolve({ timedOut: true, event, fields, received: entry.events }),
                timeoutMs);
            entry.waiters.push((got, data) => {
                if (!matches(got, data)) {
                    return false;
                }
                clearTimeout(timer);
                resolve(data);
                return true;
            });
        });
    }

    function transport(name) {
        return sockets.get(name).socket.io.engine.transport.name;
    }

    function close(name) {
        sockets.get(name)?.socket.close();
        sockets.delete(name);
    }

    return { open, emit, emitAcknowledged, waitFor, transport, close };
})();
