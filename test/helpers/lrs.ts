// A real LRS for the tests: Learning Locker's xapi-statements (installed apart, in
// test/lrs-server) with in-memory storage, forked on a free port; credentials checked by a small
// auth endpoint of the test's own (a wrong key gives 401), and a TCP proxy in front of it that
// the test can take down and bring back, as a network or an LRS going away would.
import { execFile, fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, connect, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { tempDir } from './temp.js';
import { BIN, cleanEnv } from './pty.js';

const SERVER = fileURLToPath(new URL('../lrs-server/node_modules/xapi-statements/dist/index.js', import.meta.url));
export const LRS_CREDENTIALS = 'iamtutor-test-key:iamtutor-test-secret';
const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;

export interface TestLrs {
  /** The xAPI endpoint, through the proxy. */
  endpoint: string;
  /** Every statement the LRS holds, by GET (as an instructor's dashboard would read them). */
  statements(): Promise<{ id: string; [key: string]: unknown }[]>;
  /** The proxy refuses connections (the LRS unreachable) until up(). */
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}

/** One LRS for a test file: started before its first test, stopped after its last. */
export function lrsForThisFile(): () => TestLrs {
  let lrs: TestLrs | undefined;
  beforeAll(async () => {
    lrs = await startLrs();
  }, 30_000);
  afterAll(async () => {
    await lrs?.stop();
  });
  return () => lrs!;
}

export async function startLrs(): Promise<TestLrs> {
  if (!existsSync(SERVER))
    throw new Error('the test LRS is not installed: npm ci --prefix test/lrs-server --ignore-scripts --no-audit --no-fund');
  const auth = await listen(
    createHttpServer((req, res) => {
      if (req.headers.authorization !== basic(LRS_CREDENTIALS)) {
        res.statusCode = 404; // no such client: xapi-statements answers 401
        res.end();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          _id: '5988f0f00000000000000123',
          title: 'iamtutor tests',
          authority: { objectType: 'Agent', name: 'iamtutor tests', mbox: 'mailto:tests@iamtutor.example' },
          isTrusted: true,
          lrs_id: '5988f0f00000000000000000',
          organisation: '5988f0f00000000000000001',
          scopes: ['all'],
        }),
      );
    }),
  );
  const lrsPort = await freePort();
  // Its attachment store and access logs go to a folder of the test's, removed after it.
  const home = tempDir('iamtutor-lrs-');
  const child: ChildProcess = fork(SERVER, [], {
    cwd: home,
    env: {
      FS_LOCAL_STORAGE_DIR: join(home, 'storage'),
      EXPRESS_MORGAN_DIRECTORY: join(home, 'logs'),
      PATH: process.env.PATH,
      EXPRESS_PORT: String(lrsPort),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      EVENTS_REPO: 'test',
      AUTH_REPO: 'fetch',
      LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${(auth.address() as AddressInfo).port}/auth`,
      WINSTON_CONSOLE_LEVEL: 'none',
      NODE_NO_WARNINGS: '1',
    },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error('the test LRS did not start in 20 s')), 20_000);
    child.once('message', () => (clearTimeout(timer), ready()));
    child.once('exit', (code) => (clearTimeout(timer), fail(new Error(`the test LRS exited (${code})`))));
  });

  let proxy: TcpServer | null = null;
  const sockets = new Set<Socket>();
  const proxyPort = await freePort();
  const up = async () => {
    proxy = createTcpServer((client) => {
      const upstream = connect(lrsPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((done) => proxy!.listen(proxyPort, '127.0.0.1', done));
  };
  const down = async () => {
    const closing = proxy;
    proxy = null;
    for (const s of sockets) s.destroy();
    if (closing) await new Promise<void>((done) => closing.close(() => done()));
  };
  await up();
  const endpoint = `http://127.0.0.1:${proxyPort}/xAPI`;
  return {
    endpoint,
    up,
    down,
    async statements() {
      const all: { id: string }[] = [];
      let url: string | null = `http://127.0.0.1:${lrsPort}/xAPI/statements?limit=100`;
      while (url) {
        const response: Response = await fetch(url, {
          headers: { 'X-Experience-API-Version': '1.0.3', Authorization: basic(LRS_CREDENTIALS) },
        });
        const page = (await response.json()) as { statements: { id: string }[]; more?: string };
        all.push(...page.statements);
        url = page.more ? `http://127.0.0.1:${lrsPort}${page.more}` : null;
      }
      return all;
    },
    async stop() {
      await down();
      child.kill();
      await new Promise<void>((done) => auth.close(() => done()));
    },
  };
}

async function listen(server: Server): Promise<Server> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

async function freePort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** The built iamtutor with these arguments, its output plain. Not spawnSync: the test's own auth
 * endpoint and proxy (in this process) must keep answering while it runs. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  const { FORCE_COLOR: _ignored, ...plain } = cleanEnv({ NO_COLOR: '1', ...env });
  return new Promise((done) => {
    const child = execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', env: plain }, (error, stdout, stderr) =>
      done({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}
