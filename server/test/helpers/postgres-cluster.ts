import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './server-process.js';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL cluster of a test's own (initdb into a temporary
 * folder, one port, trust authentication on loopback), so that a test may stop
 * and start it without touching the shared one. PostgreSQL refuses to run as
 * root: as root, its commands run as the `postgres` user, which owns the folder.
 */
export interface ThrowawayCluster {
  /** A connection string for the superuser `postgres` to the database `postgres`. */
  url: string;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast`: disconnects every client, as a restart does. */
  stop(): Promise<void>;
  /** Stops it if it runs and deletes its folder; safe to call twice. */
  remove(): void;
}

/** Debian's server binaries (the `postgresql` package), newest version first; PG_BINDIR overrides. */
function serverBinaries(): string | undefined {
  const candidates = process.env.PG_BINDIR
    ? [process.env.PG_BINDIR]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => join('/usr/lib/postgresql', version, 'bin'))
      : [];
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

/** The command prefix that runs a PostgreSQL binary as a user it accepts. */
function asServerUser(): { prefix: string[]; uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return { prefix: [], uid: -1, gid: -1 };
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { prefix: ['runuser', '-u', 'postgres', '--'], uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/** Why a throwaway cluster cannot be made here, or undefined when it can. */
export function throwawayClusterUnavailable(): string | undefined {
  if (!serverBinaries()) {
    return 'PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/initdb; apt-get install postgresql, or set PG_BINDIR)';
  }
  if (!asServerUser()) return 'running as root without a postgres user to run PostgreSQL as';
  return undefined;
}

export async function createThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = serverBinaries();
  const user = asServerUser();
  if (!bin || !user) throw new Error(throwawayClusterUnavailable());
  const folder = mkdtempSync(join(tmpdir(), 'ww-pg-'));
  if (user.uid >= 0) chownSync(folder, user.uid, user.gid);
  const data = join(folder, 'data');
  const port = await freePort();
  const command = (name: string, args: string[]) => {
    const [file, ...rest] = [...user.prefix, join(bin, name), ...args];
    return run(file!, rest, { timeout: 60_000 });
  };
  const pgCtl = (args: string[]) => command('pg_ctl', ['-D', data, ...args]);
  let running = false;

  const cluster: ThrowawayCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      const settings = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${folder} -c fsync=off`;
      await pgCtl(['start', '-w', '-t', '30', '-l', join(folder, 'log'), '-o', settings]);
      running = true;
    },
    async stop() {
      await pgCtl(['stop', '-w', '-m', 'fast']);
      running = false;
    },
    remove() {
      if (running || existsSync(join(data, 'postmaster.pid'))) {
        const [file, ...rest] = [...user.prefix, join(bin, 'pg_ctl'), '-D', data, 'stop', '-w', '-m', 'immediate'];
        spawnSync(file!, rest, { timeout: 30_000 });
        running = false;
      }
      rmSync(folder, { recursive: true, force: true });
      process.off('exit', cluster.remove);
    },
  };
  // A test runner that dies still takes the cluster with it.
  process.on('exit', cluster.remove);
  try {
    await command('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await cluster.start();
  } catch (error) {
    cluster.remove();
    throw error;
  }
  return cluster;
}
