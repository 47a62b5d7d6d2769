/**
 * One demo server per data folder: PGlite opens a folder in one process at a time, and a second
 * `npm start` (Vite then picks the next port) must not open the same one. The lock is a file holding
 * the process id; a lock left by a process that is gone is taken over.
 *
 * @module
 */
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The lock file in the data folder. */
export const LOCK_FILE = 'server.pid';

/**
 * Lock files this process holds, so a second server in the same process (tests start several) does
 * not take them over. Kept on `globalThis`: Vite bundles its config, and so this module, anew for
 * every server it creates.
 */
const HELD = Symbol.for('orderzone.demo-server.held-folders');
const held: Set<string> = ((globalThis as Record<symbol, unknown>)[HELD] as Set<string> | undefined) ?? ((globalThis as Record<symbol, unknown>)[HELD] = new Set<string>());

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder for this process; answers how to give it back. Throws, naming the process, when another one holds it. */
export async function lockFolder(folder: string): Promise<() => Promise<void>> {
  const file = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      held.add(file);
      return async () => {
        held.delete(file);
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      const heldHere = holder === process.pid && held.has(file);
      if (heldHere || (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder))) {
        throw new Error(`${folder} is in use by another demo server (process ${holder}). Stop it first, or give this one another folder with ORDERZONE_DEMO_DATA=<folder>.`);
      }
      await rm(file, { force: true });
    }
  }
  throw new Error(`Could not take ${file}.`);
}
