#!/usr/bin/env node
// Builds everything a release and the demo need, in order: locale modules,
// the npm ES modules and their types, the script-tag bundle, the desk app
// (dist/staff-app, served by the reference server at /staff/), the manifest.
import { rmSync } from 'node:fs';
import { run } from './lib/run.mjs';

rmSync('dist', { recursive: true, force: true });
await run('npx', ['lit-localize', 'build']);
await run('node', ['scripts/split-locales.mjs']);
await run('node', ['scripts/cldr-data.mjs']);
await run('npx', ['vite', 'build', '--logLevel', 'warn']);
await run('npx', ['tsc', '-p', 'tsconfig.build.json']);
await run('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn']);
await run('npx', ['vite', 'build', '--mode', 'staff-app', '--logLevel', 'warn']);
await run('node', ['scripts/third-party-notices.mjs']);
await run('npx', ['custom-elements-manifest', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
