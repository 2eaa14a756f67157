import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface DataLock {
  release(): void;
}

/**
 * An exclusive claim on a data directory, so two engines never append to one journal: `engine.lock`
 * holds the owner's pid. It is written to a private file first and hard-linked into place, which
 * fails atomically when the lock exists, so the lock file is never seen half-written. A lock whose
 * process no longer runs (the engine was killed) is taken over with a warning.
 */
export function lockDataDirectory(dir: string, log: (line: string) => void): DataLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'engine.lock');
  const mine = join(dir, `engine.lock.${process.pid}`);
  writeFileSync(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(mine, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      }
      const owner = readOwner(path);
      if (owner !== undefined && isRunning(owner)) {
        throw new Error(`data directory ${dir} is in use by engine process ${owner} (lock file ${path})`);
      }
      log(
        `engine: warning: taking over the lock of ${dir} from process ${owner ?? 'unknown'}, which is no longer running`,
      );
      unlinkSync(path);
    }
  } finally {
    unlinkSync(mine);
  }
  return {
    release: () => {
      if (readOwner(path) === process.pid) unlinkSync(path);
    },
  };
}

function readOwner(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
