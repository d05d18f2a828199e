#!/usr/bin/env node
/**
 * After `npm run localize:extract`: gives every message that has no
 * translation yet a copy of its English source, marked state="needs-translation",
 * so that the build works and translators find it; `npm run localize:check` fails
 * until it is translated. Existing targets are untouched.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'locales');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlf'))) {
  const path = join(dir, file);
  let added = 0;
  const filled = readFileSync(path, 'utf8').replace(/<trans-unit\b[\s\S]*?<\/trans-unit>/g, (unit) => {
    if (unit.includes('<target')) return unit;
    added++;
    return unit.replace(
      /<source>([\s\S]*?)<\/source>/,
      (source, text) => `${source}\n  <target state="needs-translation">${text}</target>`,
    );
  });
  if (added) writeFileSync(path, filled);
  console.log(`${file}: ${added} message(s) marked needs-translation`);
}
