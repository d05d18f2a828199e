import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FieldCrypto } from './field-crypto.js';

/**
 * The key for personal fields: WW_DATA_KEY in production. A laptop or demo
 * on embedded PGlite gets one made on first start, in a file beside the data
 * folder (readable by its owner only); an in-memory database gets one for the
 * life of the process. PostgreSQL without WW_DATA_KEY is refused: the key must
 * not live where the data does.
 */
export function loadDataKey(options: {
  envKey: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  warn: (message: string) => void;
}): FieldCrypto {
  if (options.envKey) return FieldCrypto.fromKeyText(options.envKey);
  if (options.databaseUrl) {
    throw new Error('WW_DATA_KEY is required with DATABASE_URL (32 bytes, e.g. `openssl rand -base64 32`).');
  }
  if (!options.dataDir) return FieldCrypto.ephemeral();
  const file = join(options.dataDir, '..', `${options.dataDir.split(/[\\/]/).pop()}.key`);
  if (!existsSync(file)) {
    mkdirSync(join(options.dataDir, '..'), { recursive: true });
    writeFileSync(file, `${FieldCrypto.newKeyText()}\n`, { mode: 0o600 });
    options.warn(`made a data key in ${file}; set WW_DATA_KEY in production`);
  }
  return FieldCrypto.fromKeyText(readFileSync(file, 'utf8'));
}
