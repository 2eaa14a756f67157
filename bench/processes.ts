import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS } from '../platform/contract/subgraph-catalog.js';
import type { Domain } from '../platform/contract/identity.js';

/**
 * The benchmarked system as separate processes, as production runs it: the offline engine, one
 * process per subgraph, and a gateway (ours or the peer). Nothing is pinned to a core: with two
 * cores, pinning the gateway to one leaves four subgraphs and the engine on the other, which then
 * bounds every gateway alike; shared cores let a cheaper gateway show up as throughput, and the
 * gateway's own CPU time per request (from /proc) isolates it.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface Running {
  child: ChildProcess;
  stop(): Promise<void>;
  /** User + system CPU seconds the process (and, for a cluster, its workers) has used. */
  cpuSeconds(): number;
}

function spawnTs(entry: string, args: string[], env: NodeJS.ProcessEnv, nodeArgs: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const CLOCK_TICKS = 100;

function processCpu(pid: number): number {
  try {
    // Fields after the parenthesised command: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function running(child: ChildProcess): Running {
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return {
    child,
    cpuSeconds: () => [child.pid!, ...childPids(child.pid!)].reduce((sum, pid) => sum + processCpu(pid), 0),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Waits for a 2xx from `url` (or, with `anyAnswer`, any HTTP answer: the server has no health route). */
async function waitForHealth(
  url: string,
  label: string,
  child: ChildProcess,
  timeoutMs = 60_000,
  anyAnswer = false,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.ok || anyAnswer) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${label} did not become healthy at ${url}`);
}

/** The offline engine in memory; resolves with its URI. */
export async function startEngineProcess(): Promise<Running & { uri: string }> {
  const child = spawnTs('cli/engine.ts', ['--port', '0'], {});
  const engine = running(child);
  const uri = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`engine exited with ${code}`)));
  });
  return { ...engine, uri };
}

interface SubgraphProcesses {
  urls: Record<Domain, string>;
  processes: Running[];
}

/** Shared by the subgraph processes of this bench run (so no dev-secrets.json is written). */
const cursorSecret = randomBytes(32).toString('base64url');
const perturbationSecret = randomBytes(32).toString('base64url');

/** Each subgraph in its own process on `basePort + i`, through the product's own entry point. */
export async function startSubgraphProcesses(
  uri: string,
  subgraphSecret: string,
  basePort: number,
): Promise<SubgraphProcesses> {
  const urls = {} as Record<Domain, string>;
  const processes: Running[] = [];
  await Promise.all(
    SUBGRAPHS.map(async (info, index) => {
      const port = basePort + index;
      const child = spawnTs('cli/subgraph.ts', [info.name], {
        MONGODB_URI: uri,
        SUBGRAPH_SECRET: subgraphSecret,
        JWT_SECRET: 'unused-by-subgraphs',
        CURSOR_SECRET: cursorSecret,
        PERTURBATION_SECRET: perturbationSecret,
        PORT: String(port),
      });
      processes.push(running(child));
      await waitForHealth(`http://127.0.0.1:${port}/health`, `subgraph ${info.name}`, child);
      urls[info.name] = `http://127.0.0.1:${port}/graphql`;
    }),
  );
  return { urls, processes };
}

interface GatewayProcessOptions {
  port: number;
  subgraphUrls: Record<Domain, string>;
  jwtSecret: string;
  subgraphSecret: string;
  env?: NodeJS.ProcessEnv;
  nodeArgs?: string[];
}

function subgraphUrlEnv(urls: Record<Domain, string>): NodeJS.ProcessEnv {
  return Object.fromEntries(SUBGRAPHS.map((info) => [info.urlVariable, urls[info.name]]));
}

/** Our gateway through its production entry point (cli/gateway.ts). */
export async function startOurGateway(options: GatewayProcessOptions): Promise<Running & { url: string }> {
  const child = spawnTs(
    'cli/gateway.ts',
    [],
    {
      PORT: String(options.port),
      JWT_SECRET: options.jwtSecret,
      SUBGRAPH_SECRET: options.subgraphSecret,
      GRAPHIQL: 'disabled',
      ...subgraphUrlEnv(options.subgraphUrls),
      ...options.env,
    },
    options.nodeArgs,
  );
  const gateway = running(child);
  await waitForHealth(`http://127.0.0.1:${options.port}/health`, 'gateway', child);
  return { ...gateway, url: `http://127.0.0.1:${options.port}/graphql` };
}

/** The peer: Hive Gateway on the same supergraph file (cli/peer-hive-gateway.ts). */
export async function startHiveGateway(
  options: GatewayProcessOptions & { deduplicate: boolean },
): Promise<Running & { url: string }> {
  const child = spawnTs(
    'cli/peer-hive-gateway.ts',
    [],
    {
      PORT: String(options.port),
      JWT_SECRET: options.jwtSecret,
      SUBGRAPH_SECRET: options.subgraphSecret,
      HIVE_DEDUPLICATE: options.deduplicate ? 'true' : 'false',
      ...subgraphUrlEnv(options.subgraphUrls),
    },
    options.nodeArgs,
  );
  const gateway = running(child);
  await waitForHealth(`http://127.0.0.1:${options.port}/healthcheck`, 'hive gateway', child);
  return { ...gateway, url: `http://127.0.0.1:${options.port}/graphql` };
}

/** The baseline: stock Apollo Gateway with RemoteGraphQLDataSource (cli/peer-apollo-gateway.ts). */
export async function startStockApolloGateway(options: GatewayProcessOptions): Promise<Running & { url: string }> {
  const child = spawnTs(
    'cli/peer-apollo-gateway.ts',
    [],
    {
      PORT: String(options.port),
      JWT_SECRET: options.jwtSecret,
      SUBGRAPH_SECRET: options.subgraphSecret,
      ...subgraphUrlEnv(options.subgraphUrls),
    },
    options.nodeArgs,
  );
  const gateway = running(child);
  await waitForHealth(`http://127.0.0.1:${options.port}/`, 'stock Apollo gateway', child, 60_000, true);
  return { ...gateway, url: `http://127.0.0.1:${options.port}/` };
}
