// Small Node HTTP servers on loopback ports: the frontend's origin (a blank page the browser opens), and a
// stand-in for reCAPTCHA's siteverify endpoint that the chat server calls back.
import { createServer } from 'node:http';

const BLANK_PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>chatcore e2e</title></head>'
    + '<body></body></html>';

function listen(server) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server.address().port));
    });
}

function closeServer(server) {
    return new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
    });
}

/** A static site: every path answers the blank page. Its origin is what the API allows (or not). */
export async function startPageServer() {
    const server = createServer((request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(BLANK_PAGE);
    });
    const port = await listen(server);
    return {
        origin: `http://127.0.0.1:${port}`,
        url: `http://127.0.0.1:${port}/`,
        close: () => closeServer(server),
    };
}

/**
 * reCAPTCHA's siteverify as RecaptchaStub.java in the Java tests answers it: a token starting with
 * `accept` succeeds, anything else is refused. Records every form it received.
 */
export async function startRecaptchaStub() {
    const received = [];
    const server = createServer((request, response) => {
        let body = '';
        request.setEncoding('utf8');
        request.on('data', (chunk) => { body += chunk; });
        request.on('end', () => {
            const form = Object.fromEntries(new URLSearchParams(body));
            received.push(form);
            const success = (form.response || '').startsWith('accept');
            response.writeHead(200, { 'Content-Type': 'application/json' });
            response.end(JSON.stringify(success
                ? { success: true, hostname: '127.0.0.1' }
                : { success: false, 'error-codes': ['invalid-input-response'] }));
        });
    });
    const port = await listen(server);
    return {
        url: `http://127.0.0.1:${port}/siteverify`,
        received,
        close: () => closeServer(server),
    };
}

/**
 * A reverse proxy in front of the chat server that adds `headers` to every request, as a deployment puts one
 * between a token-less client and the server (the seed-000 client and its API key). Everything else passes
 * through both ways, preflights and CORS headers included.
 */
export async function startHeaderProxy(target, headers) {
    const { request: forward } = await import('node:http');
    const upstream = new URL(target);
    const server = createServer((incoming, outgoing) => {
        const proxied = forward({
            host: upstream.hostname,
            port: upstream.port,
            method: incoming.method,
            path: incoming.url,
            headers: { ...incoming.headers, host: upstream.host, ...headers },
        }, (answer) => {
            outgoing.writeHead(answer.statusCode, answer.headers);
            answer.pipe(outgoing);
        });
        proxied.on('error', (error) => {
            outgoing.writeHead(502, { 'Content-Type': 'text/plain' });
            outgoing.end(String(error));
        });
        incoming.pipe(proxied);
    });
    const port = await listen(server);
    return {
        url: `http://127.0.0.1:${port}`,
        close: () => closeServer(server),
    };
}
