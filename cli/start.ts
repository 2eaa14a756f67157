import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import { provideDatabase } from '../platform/server/database.js';
import { loadSecrets } from '../platform/server/secrets.js';
import { seedAll } from '../subgraphs/seeding.js';
import { mintToken } from '../gateway/auth.js';
import { defaultSubgraphUrl } from '../gateway/compose.js';

/**
 * `npm start`: the whole system on one machine. The database (MONGODB_URI, or an embedded
 * engine with data in DATA_DIR, default .data), seeded when empty; the four subgraphs on
 * 4001-4004 and the gateway on 4000, each its own process exactly as in production. Ctrl-C
 * stops everything cleanly.
 */
const env = process.env;
const dataDir = env.DATA_DIR ?? '.data';
const gatewayPort = Number(env.PORT ?? 4000);
const secrets = loadSecrets(env, dataDir, undefined, { cursorSecret: true, perturbationSecret: true });
const database = await provideDatabase({ dataDir });
await seedAll(database.uri, { scale: 1, seed: 20201130, onlyEmpty: true });

const children: ChildProcess[] = [];
let stopping = false;

function run(label: string, entry: string, args: string[], childEnv: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(entry, import.meta.url)), ...args], {
    env: { ...env, ...childEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${label} exited (${signal ?? code}); stopping the system`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitForHealth(url: string, label: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${label} did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

async function stop(code: number): Promise<never> {
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  await database.stop();
  process.exit(code);
}
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

const shared = {
  MONGODB_URI: database.uri,
  SUBGRAPH_SECRET: secrets.subgraphSecret,
  JWT_SECRET: secrets.jwtSecret,
  ...(secrets.cursorSecrets ? { CURSOR_SECRET: secrets.cursorSecrets.current } : {}),
  ...(secrets.cursorSecrets?.previous ? { CURSOR_SECRET_PREVIOUS: secrets.cursorSecrets.previous } : {}),
  ...(secrets.perturbationSecret ? { PERTURBATION_SECRET: secrets.perturbationSecret } : {}),
  DATA_DIR: dataDir,
};
for (const subgraph of SUBGRAPHS) {
  run(`subgraph ${subgraph.name}`, './subgraph.ts', [subgraph.name], { ...shared, PORT: String(subgraph.defaultPort) });
}
await Promise.all(
  SUBGRAPHS.map((s) => waitForHealth(`http://127.0.0.1:${s.defaultPort}/health`, `subgraph ${s.name}`)),
);
run('gateway', './gateway.ts', [], {
  ...shared,
  PORT: String(gatewayPort),
  ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, defaultSubgraphUrl(s.defaultPort)])),
});
await waitForHealth(`http://127.0.0.1:${gatewayPort}/health`, 'gateway');

if (secrets.jwtSecret) {
  const admin = await mintToken(secrets.jwtSecret, { sub: 'dev-admin', role: 'admin' });
  const analyst = await mintToken(secrets.jwtSecret, {
    sub: 'dev-analyst',
    role: 'analyst',
    jurisdiction: '410503',
    domains: [],
  });
  console.log(`
Street governance federation is running.
  GraphQL + GraphiQL  http://localhost:${gatewayPort}/graphql
  health              http://localhost:${gatewayPort}/health
  subgraphs           ${SUBGRAPHS.map((s) => `${s.name} :${s.defaultPort}`).join(', ')}
  database            ${database.kind} ${database.uri}

Admin token (12 h):
  ${admin}
Analyst token for 北关区 410503 (12 h):
  ${analyst}

Send it as the header  Authorization: Bearer <token>.  Ctrl-C stops everything.`);
}
