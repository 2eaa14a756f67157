import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AUDITED_READS_HEADER } from '../platform/access/audit.js';
import type { CapturedFetch } from './overhead.js';

/**
 * The gateways alone: one process stands in for every subgraph and answers each request at once
 * with the answer a real subgraph gave to a recorded fetch (and its x-audited-reads header). With
 * no subgraph or database work left, latency and throughput are the gateway's own, and a gateway
 * that costs less CPU per request shows it directly instead of sharing two cores with the
 * subgraphs and the engine.
 */
const CANNED_SERVER = `
const { readFileSync } = require('node:fs');
const answer = readFileSync(process.env.ANSWER_FILE);
const audited = process.env.AUDITED_READS;
const server = require('node:http').createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': answer.length };
    if (audited) headers['${AUDITED_READS_HEADER}'] = audited;
    res.writeHead(200, headers);
    res.end(req.method === 'POST' ? answer : undefined);
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.once('SIGTERM', () => process.exit(0));
`;

interface CannedSubgraph {
  url: string;
  stop(): Promise<void>;
}

export async function startCannedSubgraph(fetched: CapturedFetch): Promise<CannedSubgraph> {
  const answerFile = join(tmpdir(), `bench-canned-${process.pid}.json`);
  writeFileSync(answerFile, fetched.answer);
  const child = spawn(process.execPath, ['-e', CANNED_SERVER], {
    env: { ...process.env, ANSWER_FILE: answerFile, AUDITED_READS: fetched.auditedReads ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`canned subgraph exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port.trim()}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
