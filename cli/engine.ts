import { parseArgs } from 'node:util';
import { startEngine } from '../engine/index.js';

/** `npm run db -- --port 27017 --dbpath .data/db`: runs the offline engine until SIGINT/SIGTERM. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '27017' },
    host: { type: 'string', default: '127.0.0.1' },
    dbpath: { type: 'string' },
  },
});

const log = (line: string) => console.error(line);
const engine = await startEngine({ port: Number(values.port), host: values.host, dbPath: values.dbpath, log });
console.log(engine.uri);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log(`engine: ${signal} received, flushing and stopping`);
  await engine.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
