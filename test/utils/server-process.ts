import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * Runs the gateway (`cli/gateway.ts`) or a subgraph (`cli/subgraph.ts <name>`) as its own
 * process, exactly as in production, and resolves with the URL it prints once listening.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote, for failure messages. */
  output: string[];
  exited: Promise<number | null>;
}

export async function spawnServer(
  entry: 'cli/gateway.ts' | 'cli/subgraph.ts',
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      const match = /(http:\/\/\S+\/graphql)/.exec(line);
      if (match) resolve(match[1]);
    });
    void exited.then((code) =>
      reject(new Error(`${entry} exited with ${code} before listening:\n${output.join('\n')}`)),
    );
  });
  return { child, url, output, exited };
}

/** Polls `probe` until it returns true; fails with `what` after `attempts` tries (no timing is asserted). */
export async function eventually(
  what: string,
  probe: () => Promise<boolean>,
  attempts = 100,
  intervalMs = 100,
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`gave up waiting: ${what}`);
}
