// HTTP requests from Node with headers a page cannot forge (Origin, Upgrade): to look at what the server
// answers a preflight or a WebSocket handshake, headers included, where the browser only says "refused".
import { request as httpRequest } from 'node:http';

/** {status, headers, body}; a WebSocket handshake the server accepts answers status 101. */
export function rawRequest(url, { method = 'GET', headers = {} } = {}) {
    return new Promise((resolve, reject) => {
        const request = httpRequest(url, { method, headers, timeout: 15000 });
        request.on('timeout', () => request.destroy(new Error(`${method} ${url} timed out`)));
        request.on('error', reject);
        request.on('upgrade', (response, socket) => {
            socket.destroy();
            resolve({ status: response.statusCode, headers: response.headers, body: '' });
        });
        request.on('response', (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk) => { body += chunk; });
            response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body }));
        });
        request.end();
    });
}

/** The handshake a browser on `origin` sends to open a WebSocket at `url` (an http:// URL). */
export function webSocketHandshake(url, origin) {
    return rawRequest(url, {
        headers: {
            Connection: 'Upgrade',
            Upgrade: 'websocket',
            'Sec-WebSocket-Version': '13',
            'Sec-WebSocket-Key': Buffer.from('chatcore-e2e-key').toString('base64'),
            Origin: origin,
        },
    });
}
