// What a browser frontend on another origin does with chatcore, driven in Debian's Chromium: the server jar
// on one port, the frontend's blank page on another, and every call made from that page (lib/page-client.js)
// as the public seed-003 React client makes it. Issue 10, "Prove it in a browser".
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { FrontendPage, launchBrowser } from '../lib/browser.mjs';
import { startPageServer, startRecaptchaStub } from '../lib/origins.mjs';
import { rawRequest, webSocketHandshake } from '../lib/raw-http.mjs';
import { ChatServer } from '../lib/server.mjs';
import { cleanUp, expectStatus } from '../lib/suite.mjs';

const SUPERUSER = { username: 'e2e-admin', password: `admin-${randomUUID()}` };
const RECAPTCHA_SECRET = 'e2e-recaptcha-secret';
const TEST_TIMEOUT = 90000;

let server;
let frontend;
let elsewhere;
let recaptcha;
let browser;
const pages = [];

before(async () => {
    frontend = await startPageServer();
    elsewhere = await startPageServer();
    recaptcha = await startRecaptchaStub();
    server = await ChatServer.start({
        env: {
            CHAT_JWT_SECRET: `e2e-${randomUUID()}-${randomUUID()}`,
            CHAT_BOOTSTRAP_SUPERUSER_USERNAME: SUPERUSER.username,
            CHAT_BOOTSTRAP_SUPERUSER_PASSWORD: SUPERUSER.password,
            CHAT_CORS_ALLOWED_ORIGINS: frontend.origin,
            CHAT_RECAPTCHA_SECRET: RECAPTCHA_SECRET,
            CHAT_RECAPTCHA_VERIFY_URL: recaptcha.url,
        },
    });
    console.log(`chatcore on ${server.api}, log ${server.log}; the page on ${frontend.origin}`);
    // Chromium starts while the server does.
    const launching = launchBrowser();
    try {
        await server.awaitReady();
    } finally {
        browser = await launching;
    }
}, { timeout: 240000 });

after(async () => {
    // Each step on its own: a failure in one never leaves the server running.
    await cleanUp([
        () => Promise.all(pages.map((page) => page.close())),
        () => browser?.close(),
        () => server?.stop(),
        () => frontend?.close(),
        () => elsewhere?.close(),
        () => recaptcha?.close(),
    ]);
}, { timeout: 60000 });

/** A new browser context (one user) with a page on the frontend's origin, or on another one. */
async function openPage(site = frontend) {
    const page = await FrontendPage.open(browser, site.url, { api: server.api, ws: server.ws });
    pages.push(page);
    return page;
}

/** Polls `probe` until it returns something truthy: for read models that may trail a frame. */
async function eventually(probe, { timeoutMs = 15000, what = 'condition' } = {}) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
        last = await probe();
        if (last) {
            return last;
        }
        await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`${what} not met within ${timeoutMs} ms`);
}

/** The client's login: `/api/token/` for the pair, then `/api/auth/login/` for the user it shows. */
async function logIn(page, { username, password }) {
    const pair = expectStatus(await page.post('/api/token/', { username, password }), 200, `token for ${username}`);
    assert.ok(pair.access && pair.refresh, 'an access and a refresh token');
    const login = expectStatus(await page.post('/api/auth/login/', { username, password }), 200, `login ${username}`);
    assert.equal(login.user.username, username);
    return { ...pair, login };
}

/** GET /api/admin-agents/: a bare array, or `results.agents` as the seed-003 client reads it. */
function adminAgents(body) {
    return Array.isArray(body) ? body : body?.results?.agents ?? [];
}

async function createAgent(page, token, name) {
    const agent = {
        username: name,
        email: `${name}@example.com`,
        password: `pw-${randomUUID()}`,
        first_name: 'Ana',
        last_name: `Agente ${name.slice(-6)}`,
    };
    const created = expectStatus(await page.post('/api/admin-agents/', {
        ...agent, employee_id: 'E-1', department: 'Soporte', max_concurrent_chats: 4,
    }, { token }), 201, 'create agent');
    return { ...agent, id: created.id, created };
}

/** A guest's pre-chat and contact form: answers the guest's key (`chat_room_id`). */
async function startGuestChat(page, { initialMessage, email, fullName = 'Gina Invitada' }) {
    const started = expectStatus(await page.post('/api/chat/start_chat/', { initial_message: initialMessage }),
        200, 'start_chat');
    assert.equal(started.success, true);
    assert.equal(started.next_step, 'complete_profile');
    const completed = expectStatus(await page.post('/api/chat/complete_chat/', {
        session_id: started.session_id,
        email,
        full_name: fullName,
        phone_number: '+34600111222',
        recaptcha_token: `accept-${randomUUID()}`,
    }), 201, 'complete_chat');
    assert.equal(completed.success, true);
    return { sessionId: started.session_id, key: completed.chat_room_id, completed };
}

test('a superuser logs in, creates an agent, edits it and deletes it', { timeout: TEST_TIMEOUT }, async () => {
    const admin = await openPage();
    const { access, login } = await logIn(admin, SUPERUSER);
    assert.equal(login.user.is_superuser, true, 'the client picks the superuser screens by is_superuser');

    const agent = await createAgent(admin, access, `e2e-crud-${Date.now()}`);
    assert.equal(agent.created.user.first_name, 'Ana');
    assert.equal(agent.created.is_active, true);
    // The browser asked first, and the server allowed this origin.
    const preflight = await eventually(async () => admin.network.preflights('/api/admin-agents/')
        .find((request) => request.method === 'OPTIONS' && request.status), { what: 'the create\'s preflight' });
    assert.equal(preflight.status, 200, `the create's preflight: ${JSON.stringify(preflight)}`);
    assert.equal(preflight.headers['access-control-allow-origin'], frontend.origin);
    let listed = adminAgents(expectStatus(await admin.get('/api/admin-agents/', { token: access }), 200, 'list'));
    assert.ok(listed.some((item) => item.id === agent.id), 'the new agent is listed');
    const agentPair = expectStatus(await admin.post('/api/token/', { username: agent.username, password: agent.password }),
        200, 'the new agent logs in');

    const edited = expectStatus(await admin.put(`/api/admin-agents/${agent.id}/`, {
        first_name: 'Anabel', department: 'Ventas', max_concurrent_chats: 2, is_available: false,
    }, { token: access }), 200, 'edit agent');
    assert.equal(edited.user.first_name, 'Anabel');
    assert.equal(edited.department, 'Ventas');
    assert.equal(edited.max_concurrent_chats, 2);
    assert.equal(edited.is_available, false);
    listed = adminAgents(expectStatus(await admin.get('/api/admin-agents/', { token: access }), 200, 'list'));
    const shown = listed.find((item) => item.id === agent.id);
    assert.equal(shown?.user?.first_name, 'Anabel', 'the list shows the edit');

    const deleted = await admin.delete(`/api/admin-agents/${agent.id}/`, { token: access });
    assert.ok([200, 204].includes(deleted.status), `delete agent: ${JSON.stringify(deleted)}`);
    const refused = await admin.get('/api/notifications/', { token: agentPair.access });
    assert.equal(refused.status, 401, 'the deleted agent\'s token no longer works');
    const relogin = await admin.post('/api/token/', { username: agent.username, password: agent.password });
    assert.equal(relogin.status, 401, 'the deleted agent cannot log in');
    listed = adminAgents(expectStatus(await admin.get('/api/admin-agents/', { token: access }), 200, 'list'));
    assert.ok(!listed.some((item) => item.id === agent.id),
        `a deleted agent disappears from GET /api/admin-agents/ (issue 10): ${JSON.stringify(listed)}`);
});

describe('a live chat between a guest and an agent, each in a browser of its own', () => {
    const chat = {};
    let agentPage;
    let guestPage;
    let agent;
    let agentToken;

    before(async () => {
        const admin = await openPage();
        const { access } = await logIn(admin, SUPERUSER);
        agent = await createAgent(admin, access, `e2e-agent-${Date.now()}`);
        agentPage = await openPage();
        const { access: token, login } = await logIn(agentPage, agent);
        assert.equal(login.user.is_superuser, false);
        assert.equal(login.agent.id, agent.id);
        agentToken = token;
        // The dashboard's socket, open before the guest arrives.
        assert.deepEqual(await agentPage.connect('agent', `/ws/my_chats/?token=${agentToken}`), { opened: true });
        guestPage = await openPage();
    }, { timeout: TEST_TIMEOUT });

    function requireChat() {
        assert.ok(chat.key && chat.roomId, 'an earlier step of this flow failed: no chat to go on with');
    }

    test('a guest starts a chat and writes', { timeout: TEST_TIMEOUT }, async () => {
        const initialMessage = `Hola, necesito ayuda ${randomUUID()}`;
        const firstTry = expectStatus(await guestPage.post('/api/chat/start_chat/', { initial_message: 'otra' }),
            200, 'start_chat');
        const rejected = await guestPage.post('/api/chat/complete_chat/', {
            session_id: firstTry.session_id, phone_number: '+34600111222', recaptcha_token: 'reject-me',
        });
        assert.equal(rejected.status, 400, 'a token reCAPTCHA refuses opens no chat');
        assert.ok(rejected.body.recaptcha_token, JSON.stringify(rejected.body));

        const verifications = recaptcha.received.length;
        const started = await startGuestChat(guestPage, {
            initialMessage, email: `guest-${randomUUID()}@example.com`,
        });
        chat.key = started.key;
        chat.initialMessage = initialMessage;
        const verified = recaptcha.received.slice(verifications).at(-1);
        assert.equal(verified?.secret, RECAPTCHA_SECRET, 'the server verified the token with its secret');
        assert.ok(verified.response.startsWith('accept-'));

        const status = expectStatus(await guestPage.get(`/api/chat/get_chat_status/?chat_room_id=${chat.key}`),
            200, 'get_chat_status');
        assert.equal(status.status, 'waiting');
        assert.equal(status.agent_assigned, false);

        assert.deepEqual(await guestPage.connect('guest', `/ws/guest_chat_${chat.key}/`), { opened: true });

        chat.guestText = `¿Alguien ahí? ${randomUUID()}`;
        const sent = expectStatus(await guestPage.post('/api/chat/send_message/', {
            chat_room_id: chat.key, content: chat.guestText,
        }), 201, 'guest send_message');
        assert.equal(sent.sender_type, 'user');
        assert.equal(sent.content, chat.guestText);
        chat.roomId = sent.chat_room;

        const history = expectStatus(await guestPage.get(`/api/messages/by_chat/?chat_room_id=${chat.key}`),
            200, 'guest by_chat');
        const contents = history.messages.map((message) => message.content);
        assert.ok(contents.includes(initialMessage), `the first message is there: ${contents}`);
        assert.ok(contents.includes(chat.guestText), `the second message is there: ${contents}`);
        assert.equal(history.chat_status, 'waiting');
    });

    test('an agent sees it waiting, takes it and replies; both see each other live', { timeout: TEST_TIMEOUT },
        async () => {
            requireChat();
            const announced = await agentPage.waitForFrame('agent', {
                type: 'new_chat', chat_instance: { id: chat.roomId },
            });
            assert.equal(announced.chat_instance.initial_message, chat.initialMessage);
            await agentPage.waitForFrame('agent', {
                type: 'notify_new_chat', notification: { notification_type: 'new_chat', chat_room: chat.roomId },
            });

            const waiting = expectStatus(await agentPage.get('/api/chat-rooms/waiting_chats/?page=1&page_size=50',
                { token: agentToken }), 200, 'waiting_chats');
            const item = waiting.chats.find((candidate) => candidate.id === chat.roomId);
            assert.ok(item, 'the chat is in the waiting queue');
            assert.equal(item.status, 'waiting');
            assert.ok(item.messages.some((message) => message.content === chat.initialMessage));

            const taken = expectStatus(await agentPage.post(`/api/chat-rooms/${chat.roomId}/take_chat/`, undefined,
                { token: agentToken }), 200, 'take_chat');
            assert.equal(taken.status, 'active');
            assert.equal(taken.agent.id, agent.id);
            await guestPage.waitForFrame('guest', { type: 'agent_joined' });
            const status = expectStatus(await guestPage.get(`/api/chat/get_chat_status/?chat_room_id=${chat.key}`),
                200, 'get_chat_status');
            assert.equal(status.status, 'active');
            assert.equal(status.agent_assigned, true);
            const mine = expectStatus(await agentPage.get('/api/chat-rooms/my_chats/', { token: agentToken }),
                200, 'my_chats');
            assert.ok(mine.chats.some((candidate) => candidate.id === chat.roomId), 'the chat is the agent\'s');

            // The guest writes: the agent's socket shows it at once.
            chat.liveGuestText = `Gracias por atenderme ${randomUUID()}`;
            expectStatus(await guestPage.post('/api/chat/send_message/', {
                chat_room_id: chat.key, content: chat.liveGuestText,
            }), 201, 'guest send_message');
            const received = await agentPage.waitForFrame('agent', {
                type: 'guest_message', room_id: chat.roomId, message: { content: chat.liveGuestText },
            });
            assert.equal(received.message.sender_type, 'user');

            // The agent replies: the guest's socket shows it at once.
            chat.agentText = `Hola, soy Ana. ¿En qué te ayudo? ${randomUUID()}`;
            const reply = expectStatus(await agentPage.post(`/api/chat-rooms/${chat.roomId}/send_message/`, {
                content: chat.agentText, message_type: 'text', attachment: null,
            }, { token: agentToken }), 201, 'agent send_message');
            assert.equal(reply.sender_type, 'agent');
            const pushed = await guestPage.waitForFrame('guest', {
                sender: 'agent', message: { content: chat.agentText },
            });
            assert.equal(pushed.message.sender_type, 'agent');
            assert.equal(pushed.message.chat_room, chat.roomId);
        });

    test('notifications arrive as frames and over REST, and can be marked read', { timeout: TEST_TIMEOUT },
        async () => {
            requireChat();
            // The agent's: the guest's live message.
            const frame = await agentPage.waitForFrame('agent', {
                type: 'notify_send_message', notification: { chat_room: chat.roomId },
                message: { content: chat.liveGuestText },
            });
            assert.equal(frame.notification.agent_info.id, agent.id);
            const listed = await eventually(async () => {
                const body = expectStatus(await agentPage.get('/api/notifications/', { token: agentToken }),
                    200, 'notifications');
                return body.notifications.some((n) => n.id === frame.notification.id) && body;
            }, { what: 'the frame\'s notification in GET /api/notifications/' });
            const forChat = listed.notifications.filter((n) => n.chat_room === chat.roomId);
            const types = forChat.map((n) => n.notification_type);
            assert.ok(types.includes('new_chat') && types.includes('new_message'), `types: ${types}`);
            const unread = forChat.filter((n) => !n.is_read).map((n) => n.id);
            assert.ok(unread.length >= 2);
            const unreadBefore = expectStatus(await agentPage.get('/api/notifications/unread_count/',
                { token: agentToken }), 200, 'unread_count').unread_count;
            const marked = expectStatus(await agentPage.post('/api/notifications/mark_read/',
                { notification_ids: unread }, { token: agentToken }), 200, 'mark_read');
            assert.equal(marked.updated_count, unread.length);
            const afterCount = expectStatus(await agentPage.get('/api/notifications/unread_count/',
                { token: agentToken }), 200, 'unread_count').unread_count;
            assert.equal(afterCount, unreadBefore - unread.length);

            // The guest's: the agent joined and wrote.
            const joined = await guestPage.waitForFrame('guest', { type: 'agent_joined' });
            await guestPage.waitForFrame('guest', { type: 'new_message' });
            const guestList = await eventually(async () => {
                const body = expectStatus(await guestPage.get(
                    `/api/user-notifications/get_notifications/?chat_room_id=${chat.key}`), 200, 'guest notifications');
                const kinds = body.notifications.map((n) => n.notification_type);
                return kinds.includes('agent_joined') && kinds.includes('new_message') && body;
            }, { what: 'agent_joined and new_message in the guest\'s notifications' });
            assert.ok(guestList.notifications.some((n) => n.id === joined.notification.id),
                'the frame and the list name the same notification');
            const guestUnread = guestList.notifications.filter((n) => !n.is_read).map((n) => n.id);
            assert.ok(guestUnread.length >= 2);
            const guestMarked = expectStatus(await guestPage.post('/api/user-notifications/mark_read/', {
                chat_room_id: chat.key, notification_ids: guestUnread,
            }), 200, 'guest mark_read');
            assert.equal(guestMarked.updated_count, guestUnread.length);
            const reread = expectStatus(await guestPage.get(
                `/api/user-notifications/get_notifications/?chat_room_id=${chat.key}`), 200, 'guest notifications');
            assert.equal(reread.unread_count, 0);
        });

    test('the agent resolves and closes the chat; both are told; the history keeps it', { timeout: TEST_TIMEOUT },
        async () => {
            requireChat();
            const resolved = expectStatus(await agentPage.post(`/api/chat-rooms/${chat.roomId}/resolve/`, undefined,
                { token: agentToken }), 200, 'resolve');
            assert.equal(resolved.status, 'resolved');
            await guestPage.waitForFrame('guest', { type: 'chat_resolved', chat_id: chat.roomId });
            await agentPage.waitForFrame('agent', { type: 'chat_resolved', chat_id: chat.roomId });
            const status = expectStatus(await guestPage.get(`/api/chat/get_chat_status/?chat_room_id=${chat.key}`),
                200, 'get_chat_status');
            assert.equal(status.status, 'resolved');

            const closed = expectStatus(await agentPage.post(`/api/chat-rooms/${chat.roomId}/close/`, undefined,
                { token: agentToken }), 200, 'close');
            assert.equal(closed.status, 'closed');
            await guestPage.waitForFrame('guest', { type: 'chat_closed', chat_id: chat.roomId });
            await agentPage.waitForFrame('agent', { type: 'chat_closed', chat_id: chat.roomId });

            const expected = [chat.initialMessage, chat.guestText, chat.liveGuestText, chat.agentText];
            const history = expectStatus(await agentPage.get('/api/chat-rooms/resolved_closed_chats/',
                { token: agentToken }), 200, 'resolved_closed_chats');
            const entry = history.chats.find((candidate) => candidate.id === chat.roomId);
            assert.ok(entry, 'the closed chat is in the agent\'s history');
            assert.equal(entry.status, 'closed');

            const messages = expectStatus(await agentPage.get(`/api/chat-rooms/${chat.roomId}/messages/`,
                { token: agentToken }), 200, 'chat messages');
            const texts = messages.map((message) => message.content).filter((text) => expected.includes(text));
            assert.deepEqual(texts, expected, 'every message, in order');

            const guestView = expectStatus(await guestPage.get(`/api/messages/by_chat/?chat_room_id=${chat.key}`),
                200, 'guest by_chat');
            assert.equal(guestView.chat_status, 'closed');
            assert.deepEqual(guestView.messages.map((m) => m.content).filter((text) => expected.includes(text)),
                expected);

            const admin = await openPage();
            const { access } = await logIn(admin, SUPERUSER);
            const all = expectStatus(await admin.get('/api/chat-rooms/all_chats/?status=closed', { token: access }),
                200, 'all_chats');
            assert.ok(all.chats.some((candidate) => candidate.id === chat.roomId), 'a superuser sees it closed');
        });
});

test('six parallel refreshes with one refresh token all get the same new pair', { timeout: TEST_TIMEOUT },
    async () => {
        const page = await openPage();
        const pair = expectStatus(await page.post('/api/token/', SUPERUSER), 200, 'token');
        // As the client does when several calls get 401 at once: each refreshes, with no lock between them.
        const answers = await page.page.evaluate((refresh) => Promise.all(Array.from({ length: 6 },
            () => window.chat.request('POST', '/api/token/refresh/', { body: { refresh } }))), pair.refresh);
        assert.deepEqual(answers.map((answer) => answer.status), [200, 200, 200, 200, 200, 200],
            `every parallel refresh succeeds (issue 10's grace window): ${JSON.stringify(answers.map((a) => a.body))}`);
        const pairs = new Set(answers.map((answer) => `${answer.body.access} ${answer.body.refresh}`));
        assert.equal(pairs.size, 1, 'they all answer the same new pair');
        const renewed = answers[0].body;
        assert.notEqual(renewed.refresh, pair.refresh, 'the refresh token rotated');
        expectStatus(await page.get('/api/notifications/unread_count/', { token: renewed.access }), 200,
            'the new access token works');
        expectStatus(await page.post('/api/token/refresh/', { refresh: renewed.refresh }), 200,
            'the new refresh token refreshes');
    });

test('a page on an origin that is not allowed is refused: no CORS headers, no WebSocket', { timeout: TEST_TIMEOUT },
    async () => {
        const friend = await openPage();
        const { key } = await startGuestChat(friend, {
            initialMessage: `Desde el origen permitido ${randomUUID()}`, email: `origin-${randomUUID()}@example.com`,
        });
        const { access } = await logIn(friend, SUPERUSER);
        const exposed = await friend.get('/api/notifications/unread_count/', { token: access });
        assert.equal(exposed.status, 200);
        assert.ok(exposed.headers['x-correlation-id'], 'exposed headers are readable from the allowed origin');

        const stranger = await openPage(elsewhere);
        // A call that needs a preflight (JSON body): the server's answer to the preflight lacks
        // Access-Control-Allow-Origin, so the browser never sends the login itself.
        const login = await stranger.post('/api/token/', SUPERUSER);
        assert.match(login.error ?? '', /TypeError/, `the browser refuses the login: ${JSON.stringify(login)}`);
        const [blockedLogin] = await eventually(async () => {
            const found = stranger.network.corsFailures('/api/token/');
            return found.length > 0 && found;
        }, { what: 'Chromium reporting the refused login' });
        assert.match(blockedLogin.corsError, /^Preflight/, JSON.stringify(blockedLogin));
        const loginPreflight = await eventually(async () => stranger.network.preflights('/api/token/')
            .find((request) => request.status), { what: 'the login\'s preflight' });
        assert.equal(loginPreflight.headers['access-control-allow-origin'], undefined,
            `the preflight's answer: ${JSON.stringify(loginPreflight)}`);
        // A simple GET goes out without a preflight: the server refuses it, again without CORS headers.
        const status = await stranger.get(`/api/chat/get_chat_status/?chat_room_id=${key}`);
        assert.match(status.error ?? '', /TypeError/, `the page cannot read the answer: ${JSON.stringify(status)}`);
        const [blockedGet] = await eventually(async () => {
            const found = stranger.network.corsFailures('/api/chat/get_chat_status/');
            return found.length > 0 && found;
        }, { what: 'Chromium reporting the refused GET' });
        assert.equal(blockedGet.corsError, 'MissingAllowOriginHeader', JSON.stringify(blockedGet));
        assert.equal(blockedGet.status, 403);
        assert.equal(blockedGet.headers['access-control-allow-origin'], undefined);

        // The preflights themselves, as the server answers them.
        const preflight = (origin, path, headers) => rawRequest(`${server.api}${path}`, {
            method: 'OPTIONS',
            headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': headers },
        });
        const refusedPreflight = await preflight(elsewhere.origin, '/api/token/', 'content-type');
        assert.equal(refusedPreflight.headers['access-control-allow-origin'], undefined);
        assert.notEqual(refusedPreflight.status, 200);
        const allowedPreflight = await preflight(frontend.origin, '/api/notifications/mark_read/',
            'authorization,content-type');
        assert.equal(allowedPreflight.status, 200, 'a preflight on a protected route needs no token');
        assert.equal(allowedPreflight.headers['access-control-allow-origin'], frontend.origin);
        assert.match(allowedPreflight.headers['access-control-allow-headers'] ?? '', /authorization/i);

        // WebSockets: the same key and token open from the allowed origin, not from the other one.
        assert.deepEqual(await friend.connect('guest', `/ws/guest_chat_${key}/`), { opened: true });
        const guestSocket = await stranger.connect('guest', `/ws/guest_chat_${key}/`);
        // 1006: the handshake failed (the browser shows no status), not a timeout.
        assert.deepEqual(guestSocket, { opened: false, code: 1006 }, 'the guest socket does not open elsewhere');
        const agentSocket = await stranger.connect('agent', `/ws/my_chats/?token=${access}`);
        assert.deepEqual(agentSocket, { opened: false, code: 1006 }, 'the agent socket does not open elsewhere');
        const httpBase = server.api;
        const refusedHandshake = await webSocketHandshake(`${httpBase}/ws/guest_chat_${key}/`, elsewhere.origin);
        assert.equal(refusedHandshake.status, 403, `the handshake's answer: ${JSON.stringify(refusedHandshake)}`);
        assert.equal(refusedHandshake.headers['access-control-allow-origin'], undefined);
        const acceptedHandshake = await webSocketHandshake(`${httpBase}/ws/guest_chat_${key}/`, frontend.origin);
        assert.equal(acceptedHandshake.status, 101);
    });
