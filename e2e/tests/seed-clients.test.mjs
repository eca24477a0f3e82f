// The public clients of seeds 001, 002 and 000 (issue 15), their REST calls made from a page on another origin
// in Debian's Chromium exactly as those clients make them: GuidoSV7/GiftCardEccommerce (seed 001, axios: no body
// and no Content-Type on its POST and PATCH calls, ids as strings), Santhurt/mercado-virtual (seed 002, `_id`
// strings), DesarrolladorGris/capibet-crm (seed 000, no Authorization header at all: a proxy adds the
// deployment's API key).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { FrontendPage, launchBrowser } from '../lib/browser.mjs';
import { startHeaderProxy, startPageServer } from '../lib/origins.mjs';
import { ChatServer } from '../lib/server.mjs';
import { cleanUp, expectStatus } from '../lib/suite.mjs';

const SUPERUSER = { username: 'e2e-seeds-admin', password: `admin-${randomUUID()}` };
const TEST_TIMEOUT = 90000;

let frontend;
let server;
let browser;
const pages = [];

before(async () => {
    frontend = await startPageServer();
    server = await ChatServer.start({
        env: {
            CHAT_JWT_SECRET: `e2e-${randomUUID()}-${randomUUID()}`,
            CHAT_BOOTSTRAP_SUPERUSER_USERNAME: SUPERUSER.username,
            CHAT_BOOTSTRAP_SUPERUSER_PASSWORD: SUPERUSER.password,
            CHAT_CORS_ALLOWED_ORIGINS: frontend.origin,
        },
    });
    console.log(`chatcore on ${server.api}, log ${server.log}; the page on ${frontend.origin}`);
    const launching = launchBrowser();
    try {
        await server.awaitReady();
    } finally {
        browser = await launching;
    }
}, { timeout: 240000 });

after(async () => {
    await cleanUp([
        () => Promise.all(pages.map((page) => page.close())),
        () => browser?.close(),
        () => server?.stop(),
        () => frontend?.close(),
    ]);
}, { timeout: 60000 });

async function openPage(api = server.api) {
    const page = await FrontendPage.open(browser, frontend.url, { api, ws: server.ws });
    pages.push(page);
    return page;
}

/** A signed-in account: registered, then its token pair and the user object the clients keep. */
async function newUser(page, prefix) {
    const username = `${prefix}-${randomUUID().slice(0, 8)}`;
    const password = `pw-${randomUUID()}`;
    expectStatus(await page.post('/api/auth/register/', { username, password, email: `${username}@example.com` }),
        201, `register ${username}`);
    const login = expectStatus(await page.post('/api/auth/login/', { username, password }), 200, `login ${username}`);
    const pair = expectStatus(await page.post('/api/token/', { username, password }), 200, `token ${username}`);
    return { username, token: pair.access, user: login.user };
}

async function newAgent(page, rootToken) {
    const username = `e2e-desk-${randomUUID().slice(0, 8)}`;
    const password = `pw-${randomUUID()}`;
    expectStatus(await page.post('/api/admin-agents/', {
        username, password, email: `${username}@example.com`, first_name: 'Sofía', last_name: 'Soporte',
        employee_id: 'E-9', department: 'Soporte', max_concurrent_chats: 3,
    }, { token: rootToken }), 201, 'create agent');
    return expectStatus(await page.post('/api/token/', { username, password }), 200, 'agent token').access;
}

describe('seed 001: GuidoSV7/GiftCardEccommerce', () => {
    test('the document\'s version: create, send, poll, mark-read and close; support answers in between',
        { timeout: TEST_TIMEOUT }, async () => {
            const page = await openPage();
            const { token } = await newUser(page, 'e2e-gift');
            // axios' post('/chat/session') and patch(...) send no body and no Content-Type.
            const session = expectStatus(await page.request('POST', '/api/chat/session', { token }), 201,
                'create session').data;
            assert.equal(session.status, 'pending');
            assert.equal(typeof session.id, 'string');
            const again = await page.request('POST', '/api/chat/session', { token });
            assert.equal(again.status, 409, 'one open session at a time, and never 401 (the client logs out on 401)');

            const sent = expectStatus(await page.post('/api/chat/message', { message: 'Mi tarjeta no funciona' },
                { token }), 201, 'send').data;
            assert.equal(sent.sender, 'user');
            expectStatus(await page.request('PATCH', `/api/chat/session/${session.id}/mark-read`, { token }), 200,
                'mark-read');

            const root = expectStatus(await page.post('/api/token/', SUPERUSER), 200, 'root token').access;
            const agent = await newAgent(page, root);
            expectStatus(await page.post(`/api/chat-rooms/${session.id}/take_chat/`, undefined, { token: agent }), 200,
                'an agent takes it from the seed 003 queue');
            expectStatus(await page.post(`/api/chat-rooms/${session.id}/send_message/`, { content: 'La reviso ya' },
                { token: agent }), 201, 'the agent answers');

            // What the client's 5-second poll reads.
            const messages = expectStatus(await page.get(`/api/chat/session/${session.id}/messages`, { token }), 200,
                'poll').data;
            assert.deepEqual(messages.map((message) => [message.sender, message.message]),
                [['user', 'Mi tarjeta no funciona'], ['support', 'La reviso ya']]);
            for (const message of messages) {
                assert.ok(!Number.isNaN(Date.parse(message.timestamp)), `a parseable timestamp: ${message.timestamp}`);
                assert.equal(typeof message.id, 'string');
            }

            const other = await newUser(page, 'e2e-other');
            const foreign = await page.get(`/api/chat/session/${session.id}/messages`, { token: other.token });
            assert.equal(foreign.status, 403, 'another account\'s session: 403, not 401');
            assert.equal(typeof foreign.body.message, 'string');

            expectStatus(await page.request('PATCH', `/api/chat/session/${session.id}/close`, { token }), 200, 'close');
            const active = expectStatus(await page.get('/api/chat/session/active', { token }), 200, 'active').data;
            assert.equal(active, null, 'a closed session leaves the active view');
            const history = expectStatus(await page.get('/api/chat/sessions?page=1&limit=10', { token }), 200,
                'history');
            assert.ok(history.data.some((item) => item.id === session.id && item.status === 'closed'));
            const bad = await page.get('/api/chat/session/active', { token: `${token}x` });
            assert.equal(bad.status, 401, 'a bad token: 401');
        });

    test('the current version\'s support screens: desk list, take, answer, stats, release, assign, close',
        { timeout: TEST_TIMEOUT }, async () => {
            const page = await openPage();
            const { token } = await newUser(page, 'e2e-desk-user');
            const session = expectStatus(await page.request('POST', '/api/chat/session', { token }), 201,
                'create').data;
            expectStatus(await page.post('/api/chat/message', { message: 'Necesito ayuda' }, { token }), 201, 'send');
            const root = expectStatus(await page.post('/api/token/', SUPERUSER), 200, 'root token').access;
            const agent = await newAgent(page, root);

            const all = expectStatus(await page.get('/api/chat/sessions/all', { token: agent }), 200, 'all').data;
            const listed = all.sessions.find((item) => item.id === session.id);
            assert.ok(listed, 'the desk lists it (data.data.sessions)');
            assert.equal(listed.status, 'pending');
            assert.equal(listed.user.email.endsWith('@example.com'), true);
            assert.equal(typeof listed.userId, 'string');
            const pending = expectStatus(await page.get('/api/chat/sessions/status/pending', { token: agent }), 200,
                'by status').data;
            assert.ok(pending.some((item) => item.id === session.id));

            const taken = expectStatus(await page.request('POST', `/api/chat/session/${session.id}/take`,
                { token: agent }), 200, 'take').data;
            assert.equal(taken.status, 'active');
            assert.equal(typeof taken.supportAgent.id, 'string');
            const answer = expectStatus(await page.post(`/api/chat/session/${session.id}/support-message`,
                { message: 'Hola, te ayudo' }, { token: agent }), 201, 'support-message').data;
            assert.equal(answer.sender, 'support');
            const forSupport = expectStatus(await page.get(`/api/chat/session/${session.id}/messages/support`,
                { token: agent }), 200, 'messages for support').data;
            assert.deepEqual(forSupport.map((message) => message.sender), ['user', 'support']);
            const stats = expectStatus(await page.get('/api/chat/stats', { token: agent }), 200, 'stats').data;
            assert.ok(stats.activeSessions >= 1 && typeof stats.averageResponseTime === 'number');

            expectStatus(await page.request('POST', `/api/chat/session/${session.id}/release`, { token: agent }), 200,
                'release');
            const agentId = taken.supportAgent.id;
            const assigned = expectStatus(await page.request('PATCH', `/api/chat/session/${session.id}/assign`,
                { token: root, body: { supportAgentId: agentId } }), 200, 'assign').data;
            assert.equal(assigned.supportAgentId, agentId);
            const closed = expectStatus(await page.request('POST', `/api/chat/session/${session.id}/close`,
                { token: agent }), 200, 'close by support').data;
            assert.equal(closed.status, 'closed');
            const asUser = await page.get('/api/chat/sessions/all', { token });
            assert.equal(asUser.status, 403, 'the desk is not for users, and a 403 does not log them out');
        });
});

describe('seed 002: Santhurt/mercado-virtual', () => {
    test('creates a chat with string ids, finds the existing one again, lists it with populated participants',
        { timeout: TEST_TIMEOUT }, async () => {
            const page = await openPage();
            const me = await newUser(page, 'e2e-buyer');
            const seller = await newUser(page, 'e2e-seller');
            const created = await page.post('/api/chats', { participants: [String(me.user.id), String(seller.user.id)] },
                { token: me.token });
            assert.equal(created.status, 201, JSON.stringify(created));
            const chatId = created.body.data._id;
            assert.equal(typeof chatId, 'string');
            const existing = await page.post('/api/chats', { participants: [seller.user.id, me.user.id] },
                { token: me.token });
            assert.equal(existing.status, 200, 'the same participants: the existing chat');
            assert.equal(existing.body.data._id, chatId);

            const listed = expectStatus(await page.get(`/api/chats/user/${me.user.id}?page=1&limit=20`,
                { token: me.token }), 200, 'list').data;
            const chat = listed.chats.find((item) => item._id === chatId);
            assert.ok(chat, 'data.chats holds it');
            assert.deepEqual(chat.participants.map((participant) => typeof participant._id), ['string', 'string']);
            for (const participant of chat.participants) {
                assert.ok(participant.fullName || participant.username, 'a name to show');
                assert.ok(participant.email);
                assert.equal(participant.password, undefined, 'never a password');
            }
            assert.equal(chat.lastMessage ?? null, null);
            assert.ok(!Number.isNaN(Date.parse(chat.updatedAt)));
            assert.deepEqual(Object.keys(listed.pagination).sort(), ['limit', 'page', 'pages', 'total']);

            const stranger = await newUser(page, 'e2e-stranger');
            const refused = await page.get(`/api/chats/user/${me.user.id}?page=1&limit=20`, { token: stranger.token });
            assert.equal(refused.status, 403, 'another user\'s chats');
        });
});

describe('seed 000: DesarrolladorGris/capibet-crm, without tokens behind a proxy that adds the key', () => {
    const KEY = `crm-${randomUUID()}-${randomUUID()}`;
    let crmServer;
    let proxy;

    before(async () => {
        crmServer = await ChatServer.start({
            env: {
                CHAT_JWT_SECRET: `e2e-${randomUUID()}-${randomUUID()}`,
                CHAT_BOOTSTRAP_SUPERUSER_USERNAME: SUPERUSER.username,
                CHAT_BOOTSTRAP_SUPERUSER_PASSWORD: SUPERUSER.password,
                CHAT_CORS_ALLOWED_ORIGINS: frontend.origin,
                CHAT_CRM_CHATS_BASE_PATH: '/api/chats',
                CHAT_SEED002_BASE_PATH: '/api/direct-chats',
                CHAT_CRM_CHATS_API_KEY: KEY,
            },
        });
        await crmServer.awaitReady();
        proxy = await startHeaderProxy(crmServer.api, { 'x-api-key': KEY });
    }, { timeout: 240000 });

    after(async () => {
        await proxy?.close();
        await crmServer?.stop();
    }, { timeout: 60000 });

    test('lists and deletes CRM chats with no Authorization header, through the proxy only',
        { timeout: TEST_TIMEOUT }, async () => {
            const page = await openPage(proxy.url);
            const created = expectStatus(await page.post('/api/chats', { sesion_id: 77, contact_id: 1234 }), 200,
                'create through the proxy');
            const id = created.data.id;
            assert.equal(typeof id, 'number');
            const listed = expectStatus(await page.get('/api/chats'), 200, 'list').data;
            const chat = listed.find((item) => item.id === id);
            assert.ok(chat && chat.sesion_id === 77 && chat.contact_id === 1234, 'integer ids the screens compare');
            expectStatus(await page.delete(`/api/chats/${id}`), 200, 'delete');
            assert.ok(!expectStatus(await page.get('/api/chats'), 200, 'list again').data.some((item) => item.id === id));

            const direct = await openPage(crmServer.api);
            const refused = await direct.get('/api/chats');
            assert.equal(refused.status, 401, 'straight to the server, without the key: a token is needed');
        });
});

/** Fails with what the socket did receive when `got` is a timeout. */
function expectEvent(got, what) {
    assert.ok(got && !got.timedOut, `${what}: ${JSON.stringify(got)}\nthe server's log:\n${server.tail(40)}`);
    return got;
}

describe('Socket.IO from the browser, cross-origin, as socket.io-client 4 speaks it', () => {
    test('seed 001, current version: join, send (echoed), support answers and types, the session closes',
        { timeout: TEST_TIMEOUT }, async () => {
            const userPage = await openPage();
            const deskPage = await openPage();
            const { token } = await newUser(userPage, 'e2e-sio-user');
            const sessionId = expectStatus(await userPage.request('POST', '/api/chat/session', { token }), 201,
                'create').data.id;
            const root = expectStatus(await deskPage.post('/api/token/', SUPERUSER), 200, 'root token').access;
            const agent = await newAgent(deskPage, root);

            // The client: io(VITE_WS_URL, {auth: {token}}) with the raw JWT; its support pages use /chat.
            const userSocket = await userPage.sioOpen('user', server.api, { token });
            assert.equal(userSocket.connected, true, JSON.stringify(userSocket));
            const deskSocket = await deskPage.sioOpen('desk', `${server.api}/chat`, { token: agent });
            assert.equal(deskSocket.connected, true, JSON.stringify(deskSocket));
            await userPage.sioEmit('user', 'join-session', { sessionId });
            const joined = expectEvent(await userPage.sioWaitFor('user', 'session-joined', { sessionId }), 'joined');
            assert.deepEqual(joined.messages, []);

            await userPage.sioEmit('user', 'send-message', { sessionId, message: 'Hola por socket' });
            const echo = expectEvent(await userPage.sioWaitFor('user', 'new-message', { message: 'Hola por socket' }),
                'the echo to the sender');
            assert.equal(echo.sender, 'user');
            assert.ok(!Number.isNaN(Date.parse(echo.timestamp)));
            expectEvent(await deskPage.sioWaitFor('desk', 'new-user-message', { sessionId }), 'the desk is told');

            expectStatus(await deskPage.request('POST', `/api/chat/session/${sessionId}/take`, { token: agent }), 200,
                'take');
            expectEvent(await userPage.sioWaitFor('user', 'session-status-changed', { sessionId }), 'status change');
            await deskPage.sioEmit('desk', 'join-session', { sessionId });
            expectEvent(await deskPage.sioWaitFor('desk', 'session-joined', { sessionId }), 'the agent joins');
            await deskPage.sioEmit('desk', 'send-message', { sessionId, message: 'Te leo' });
            const answer = expectEvent(await userPage.sioWaitFor('user', 'new-message', { message: 'Te leo' }),
                'support\'s answer');
            assert.equal(answer.sender, 'support');
            await deskPage.sioEmit('desk', 'typing', { sessionId, isTyping: true });
            expectEvent(await userPage.sioWaitFor('user', 'user-typing', { isTyping: true, userRole: 'support' }),
                'support is typing');

            expectStatus(await userPage.request('PATCH', `/api/chat/session/${sessionId}/close`, { token }), 200,
                'close');
            expectEvent(await userPage.sioWaitFor('user', 'session-closed', { sessionId }), 'closed');
            const polled = expectStatus(await userPage.get(`/api/chat/session/${sessionId}/messages`, { token }), 200,
                'REST shows the socket\'s messages').data;
            assert.deepEqual(polled.map((message) => message.message), ['Hola por socket', 'Te leo']);

            await userPage.sioOpen('bad', server.api, { token: 'not-a-token' });
            expectEvent(await userPage.sioWaitFor('bad', 'auth-error'), 'a bad token');
        });

    test('seed 002: both participants join, a message is delivered, seen and typed about; a stranger is refused',
        { timeout: TEST_TIMEOUT }, async () => {
            const buyerPage = await openPage();
            const sellerPage = await openPage();
            const buyer = await newUser(buyerPage, 'e2e-sio-buyer');
            const seller = await newUser(sellerPage, 'e2e-sio-seller');
            const chatId = expectStatus(await buyerPage.post('/api/chats',
                { participants: [String(buyer.user.id), String(seller.user.id)] }, { token: buyer.token }), 201,
                'create').data._id;

            // mercado-virtual sends the token with its prefix.
            for (const [page, name, who] of [[buyerPage, 'buyer', buyer], [sellerPage, 'seller', seller]]) {
                const opened = await page.sioOpen(name, server.api, { token: `Bearer ${who.token}` });
                assert.equal(opened.connected, true, JSON.stringify(opened));
            }
            // Joining has no answer of its own in this client; the test asks for the acknowledgement, so the seller
            // types only once both joins were handled (two connections, two server threads).
            for (const [page, name] of [[buyerPage, 'buyer'], [sellerPage, 'seller']]) {
                const joined = await page.sioEmitAcknowledged(name, 'join_chat', { chatId });
                assert.ok(joined.answered, `${name} joins: ${JSON.stringify(joined)}`);
            }
            await sellerPage.sioEmit('seller', 'typing', { chatId, isTyping: true });
            expectEvent(await buyerPage.sioWaitFor('buyer', 'user_typing', { chatId, isTyping: true }), 'typing');

            await buyerPage.sioEmit('buyer', 'send_message',
                { chatId, receiverId: String(seller.user.id), content: '¿Sigue disponible?' });
            const delivered = expectEvent(await buyerPage.sioWaitFor('buyer', 'message_delivered',
                { status: 'delivered' }), 'delivered');
            const received = expectEvent(await sellerPage.sioWaitFor('seller', 'new_message',
                { content: '¿Sigue disponible?' }), 'the seller gets it');
            assert.equal(received._id, delivered.messageId);
            assert.equal(typeof received.senderId._id, 'string');
            assert.ok(received.senderId.fullName);

            await sellerPage.sioEmit('seller', 'message_seen', { chatId, messageIds: [received._id] });
            const seen = expectEvent(await buyerPage.sioWaitFor('buyer', 'messages_marked_seen', { chatId }), 'seen');
            assert.deepEqual(seen.messageIds, [received._id]);
            const listed = expectStatus(await buyerPage.get(`/api/chats/user/${buyer.user.id}?page=1&limit=20`,
                { token: buyer.token }), 200, 'list').data.chats.find((chat) => chat._id === chatId);
            assert.equal(listed.lastMessage.text, '¿Sigue disponible?', 'the chat\'s lastMessage follows');

            const stranger = await newUser(sellerPage, 'e2e-sio-stranger');
            await sellerPage.sioOpen('stranger', server.api, { token: `Bearer ${stranger.token}` });
            await sellerPage.sioEmit('stranger', 'join_chat', { chatId });
            expectEvent(await sellerPage.sioWaitFor('stranger', 'error'), 'a stranger is refused');
        });
});
