// Debian's Chromium driven by playwright-core; each user (superuser, agent, guest) gets a browser context of
// its own with a page on the frontend's origin, where lib/page-client.js makes the API calls.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const pageClient = join(dirname(fileURLToPath(import.meta.url)), 'page-client.js');
// socket.io-client's browser bundle (window.io) and the page's Socket.IO helper (window.sio).
const socketIoBundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'socket.io-client', 'dist',
    'socket.io.min.js');
const pageSocketIo = join(dirname(fileURLToPath(import.meta.url)), 'page-socketio.js');

export function launchBrowser() {
    return chromium.launch({ executablePath: chromiumPath(), headless: true, timeout: 60000 });
}

/**
 * What Chromium's network stack saw, through the DevTools protocol: preflights (which pages and Playwright
 * never see) with the status and headers the server answered, and each request CORS blocked with the reason.
 */
class NetworkLog {
    constructor() {
        this.requests = new Map();
    }

    static async attach(context, page) {
        const log = new NetworkLog();
        const cdp = await context.newCDPSession(page);
        cdp.on('Network.requestWillBeSent', (event) => {
            log.entry(event.requestId).url = event.request.url;
            log.entry(event.requestId).method = event.request.method;
        });
        cdp.on('Network.responseReceived', (event) => {
            log.entry(event.requestId).type = event.type;
        });
        cdp.on('Network.responseReceivedExtraInfo', (event) => {
            const headers = Object.fromEntries(Object.entries(event.headers)
                .map(([name, value]) => [name.toLowerCase(), value]));
            Object.assign(log.entry(event.requestId), { status: event.statusCode, headers });
        });
        cdp.on('Network.loadingFailed', (event) => {
            log.entry(event.requestId).corsError = event.corsErrorStatus?.corsError ?? null;
        });
        await cdp.send('Network.enable');
        return log;
    }

    entry(id) {
        if (!this.requests.has(id)) {
            this.requests.set(id, {});
        }
        return this.requests.get(id);
    }

    /** Preflights the server answered, for URLs containing `fragment`: [{url, status, headers}]. */
    preflights(fragment) {
        return [...this.requests.values()].filter((request) => request.type === 'Preflight'
            && request.url?.includes(fragment));
    }

    /** Requests to URLs containing `fragment` that CORS blocked: [{url, method, status, headers, corsError}]. */
    corsFailures(fragment) {
        return [...this.requests.values()].filter((request) => request.corsError && request.url?.includes(fragment));
    }
}

/** What one browser tab on `pageUrl` can do against the server at `api` / `ws`. */
export class FrontendPage {
    constructor(context, page, network) {
        this.context = context;
        this.page = page;
        this.network = network;
    }

    static async open(browser, pageUrl, { api, ws }) {
        const context = await browser.newContext();
        await context.addInitScript({ path: pageClient });
        await context.addInitScript({ path: socketIoBundle });
        await context.addInitScript({ path: pageSocketIo });
        const page = await context.newPage();
        const network = await NetworkLog.attach(context, page);
        await page.goto(pageUrl);
        await page.evaluate(([apiBase, wsBase]) => window.chat.configure(apiBase, wsBase), [api, ws]);
        return new FrontendPage(context, page, network);
    }

    /** {status, body, headers} of one fetch from the page, or {error} when the browser refused it. */
    request(method, path, { token, body } = {}) {
        return this.page.evaluate(([m, p, t, b]) => window.chat.request(m, p, { token: t, body: b }),
            [method, path, token ?? null, body]);
    }

    get(path, options) {
        return this.request('GET', path, options);
    }

    post(path, body, options = {}) {
        return this.request('POST', path, { ...options, body });
    }

    put(path, body, options = {}) {
        return this.request('PUT', path, { ...options, body });
    }

    delete(path, options) {
        return this.request('DELETE', path, options);
    }

    /** Opens a WebSocket (`ws` base + path) under a name: {opened: true} once it answered a heartbeat. */
    connect(name, path) {
        return this.page.evaluate(([n, p]) => window.chat.connect(n, p), [name, path]);
    }

    waitForFrame(name, pattern, timeoutMs = 20000) {
        return this.page.evaluate(([n, p, t]) => window.chat.waitForFrame(n, p, t), [name, pattern, timeoutMs]);
    }

    frames(name) {
        return this.page.evaluate((n) => window.chat.frames(n), name);
    }

    /** Socket.IO: `io(url, {auth, ...options})` under a name; {connected} or why not. */
    sioOpen(name, url, auth, options = {}) {
        return this.page.evaluate(([n, u, a, o]) => window.sio.open(n, u, a, o), [name, url, auth, options]);
    }

    sioEmit(name, event, data) {
        return this.page.evaluate(([n, e, d]) => window.sio.emit(n, e, d), [name, event, data]);
    }

    /** Emits and waits for the server's acknowledgement: {answered: true, answer} once it handled the event. */
    sioEmitAcknowledged(name, event, data) {
        return this.page.evaluate(([n, e, d]) => window.sio.emitAcknowledged(n, e, d), [name, event, data]);
    }

    /** The first `event` whose data holds `fields`; {timedOut: true, received} when none came. */
    sioWaitFor(name, event, fields = {}, timeoutMs = 15000) {
        return this.page.evaluate(([n, e, f, t]) => window.sio.waitFor(n, e, f, t), [name, event, fields, timeoutMs]);
    }

    sioTransport(name) {
        return this.page.evaluate((n) => window.sio.transport(n), name);
    }

    closeSocket(name) {
        return this.page.evaluate((n) => window.chat.close(n), name);
    }

    close() {
        return this.context.close();
    }
}
