#!/usr/bin/env node
/**
 * Writes the licences of the code each minified build includes (its files
 * carry no comments): dist/cdn/THIRD-PARTY-NOTICES.txt for the script-tag
 * bundle, dist/staff-app/THIRD-PARTY-NOTICES.txt for the desk app (which also
 * bundles the QR code generator of "My account").
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', '@lit/context'];

/** A package's licence: its LICENSE file, else the licence header of its main file (qrcode-generator ships no LICENSE). */
function licenceOf(dir, pkg) {
  const file = join(dir, 'LICENSE');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const main = readFileSync(join(dir, pkg.main), 'utf8');
  const header = /^(\/\/.*\n)+/.exec(main)?.[0];
  if (!header) throw new Error(`${pkg.name}: no LICENSE file and no licence header`);
  const text = header
    .split('\n')
    .map((line) => line.replace(/^\/\/-*\s?/, ''))
    .join('\n')
    .trim();
  // The header names the licence; its terms follow.
  if (pkg.license !== 'MIT') throw new Error(`${pkg.name}: add the terms of ${pkg.license}`);
  return `${text}\n\n${MIT_TEXT}`;
}

const MIT_TEXT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

function notices(what, names) {
  const sections = names.map((name) => {
    // Hoisted by npm workspaces into the root node_modules.
    const dir = join(import.meta.dirname, '..', 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return `${name} ${pkg.version} (${pkg.license})\n\n${licenceOf(dir, pkg)}\n`;
  });
  return `${what} includes the following software.\n\n${sections.join('\n---\n\n')}`;
}

writeFileSync('dist/cdn/THIRD-PARTY-NOTICES.txt', notices("Welcome Widgets' script-tag bundle", LIT));
writeFileSync(
  'dist/staff-app/THIRD-PARTY-NOTICES.txt',
  notices("Welcome Widgets' desk app", [...LIT, 'qrcode-generator']),
);
