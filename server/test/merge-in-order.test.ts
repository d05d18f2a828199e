import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeFirst, type SortedRun } from '../src/lib/merge-in-order.js';

const run = (tie: string, keys: number[]): SortedRun => ({ tie, length: keys.length, keyAt: (i) => keys[i]! });

test('takes the first items of several sorted runs in order, ties to the lower tie', () => {
  const runs = [run('b', [1, 4, 4, 9]), run('a', [2, 4, 10]), run('c', []), run('d', [0])];
  const merged = mergeFirst(runs, 100).map(([r, i]) => `${runs[r]!.tie}${runs[r]!.keyAt(i)}`);
  assert.deepEqual(merged, ['d0', 'b1', 'a2', 'a4', 'b4', 'b4', 'b9', 'a10']);
  assert.deepEqual(mergeFirst(runs, 3).length, 3);
  assert.deepEqual(mergeFirst([], 3), []);
});

test('agrees with sorting everything, on random runs', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < 50; round++) {
    const runs = Array.from({ length: 1 + Math.floor(random() * 20) }, (_, r) =>
      run(
        String(r).padStart(2, '0'),
        Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 50)).sort((x, y) => x - y),
      ),
    );
    const all = runs
      .flatMap((r) => Array.from({ length: r.length }, (_, i) => [r.keyAt(i), r.tie] as const))
      .sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1]));
    const limit = Math.floor(random() * 100);
    const merged = mergeFirst(runs, limit).map(([r, i]) => [runs[r]!.keyAt(i), runs[r]!.tie] as const);
    assert.deepEqual(merged, all.slice(0, limit));
  }
});
