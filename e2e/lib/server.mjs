// The chatcore server as `java -jar` starts it, on a free port with its embedded PostgreSQL in a throwaway
// data directory (non-durable, as the Java tests run it), configured through the environment variables the
// README lists.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const defaultJar = () => process.env.CHATCORE_JAR || join(repoRoot, 'app', 'target', 'chatcore.jar');

export function freePort() {
    return new Promise((resolvePort, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolvePort(port));
        });
    });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export class ChatServer {
    constructor({ port, dataDir, log, child }) {
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
        this.child = child;
        this.exit = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
        this.exited = false;
        this.exit.then(() => { this.exited = true; });
    }

    get api() {
        return `http://127.0.0.1:${this.port}`;
    }

    get ws() {
        return `ws://127.0.0.1:${this.port}`;
    }

    /**
     * Starts the jar; `env` adds to (and overrides) the configuration below. SPRING_DATASOURCE_* from the
     * caller's environment are dropped: the suite always runs on its own embedded PostgreSQL.
     */
    static async start({ jar = defaultJar(), env = {} } = {}) {
        if (!existsSync(jar)) {
            throw new Error(`${jar} is missing: build it first (./mvnw -B -pl app -am package -DskipTests)`);
        }
        const port = await freePort();
        const dataDir = mkdtempSync(join(process.env.E2E_TMPDIR || tmpdir(), 'chatcore-e2e-'));
        const log = join(dataDir, 'server.log');
        const base = Object.fromEntries(Object.entries(process.env)
            .filter(([name]) => !name.startsWith('SPRING_DATASOURCE_') && !name.startsWith('CHAT_')));
        const out = openSync(log, 'a');
        const child = spawn(process.env.JAVA || 'java', [
            '-Xmx512m', '-XX:TieredStopAtLevel=1', '-Daxoniq.update-checker.disabled=true', '-jar', jar,
            // The Java tests' setting: fsync off for a throwaway database.
            '--chat.embedded-database.durable=false',
        ], {
            env: {
                ...base,
                AXONIQ_UPDATE_CHECKER_DISABLED: 'true',
                SERVER_PORT: String(port),
                CHAT_DATA_DIR: dataDir,
                ...env,
            },
            stdio: ['ignore', out, out],
        });
        const server = new ChatServer({ port, dataDir, log, child });
        server.stopWithThisProcess();
        return server;
    }

    /**
     * Should this process end without the suite's after hooks (an interrupt, a runner's timeout), the server
     * still gets SIGTERM and stops itself and its PostgreSQL.
     */
    stopWithThisProcess() {
        const terminate = () => {
            if (!this.exited) {
                this.child.kill('SIGTERM');
            }
        };
        process.once('exit', terminate);
        for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
            process.once(signal, () => {
                terminate();
                process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
            });
        }
    }

    /** Waits until readiness answers UP (projections caught up included). */
    async awaitReady(timeoutMs = 150000) {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
            if (this.exited) {
                throw new Error(`the server exited before it was ready:\n${this.tail()}`);
            }
            try {
                const response = await fetch(`${this.api}/actuator/health/readiness`);
                if (response.status === 200 && (await response.text()).includes('UP')) {
                    return;
                }
            } catch {
                // not listening yet
            }
            await sleep(250);
        }
        throw new Error(`not ready within ${timeoutMs} ms:\n${this.tail()}`);
    }

    tail(lines = 60) {
        try {
            return readFileSync(this.log, 'utf8').split('\n').slice(-lines).join('\n');
        } catch (error) {
            return `(no log: ${error})`;
        }
    }

    /**
     * SIGTERM (the server stops its embedded PostgreSQL on the way out), SIGKILL after 30 s; then the data
     * directory goes, unless E2E_KEEP_DATA is set. A killed JVM leaves its postmaster behind: stop it too.
     */
    async stop() {
        if (!this.exited) {
            this.child.kill('SIGTERM');
            const result = await Promise.race([this.exit, sleep(30000).then(() => null)]);
            if (result === null) {
                this.child.kill('SIGKILL');
                await this.exit;
            }
        }
        this.stopLeftoverPostgres();
        if (!process.env.E2E_KEEP_DATA) {
            rmSync(this.dataDir, { recursive: true, force: true });
        }
    }

    stopLeftoverPostgres() {
        const pidFile = join(this.dataDir, 'postgres', 'postmaster.pid');
        if (!existsSync(pidFile)) {
            return;
        }
        const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
        // Only our own postmaster: a live process whose command line names this data directory.
        let command = '';
        try {
            command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        } catch {
            return;
        }
        if (Number.isInteger(pid) && pid > 0 && command.includes(this.dataDir)) {
            try {
                process.kill(pid, 'SIGTERM');
            } catch {
                // already gone
            }
        }
    }
}
