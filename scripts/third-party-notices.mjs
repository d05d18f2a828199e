#!/usr/bin/env node
/**
 * Writes dist/cdn/THIRD-PARTY-NOTICES.txt: the licences of the code the
 * script-tag bundle includes (its minified files carry no comments).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const bundled = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', '@lit/context'];
const sections = bundled.map((name) => {
  // Hoisted by npm workspaces into the root node_modules.
  const dir = join(import.meta.dirname, '..', 'node_modules', name);
  const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return `${name} ${version} (${license})\n\n${readFileSync(join(dir, 'LICENSE'), 'utf8').trim()}\n`;
});
writeFileSync(
  'dist/cdn/THIRD-PARTY-NOTICES.txt',
  `Welcome Widgets' script-tag bundle includes the following software.\n\n${sections.join('\n---\n\n')}`,
);
