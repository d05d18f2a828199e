import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nearbyQueries } from '../src/directory/did-you-mean.js';
import type { QueryPlan } from '../src/directory/query-plan.js';
import { cutQuery } from '../src/directory/query-words.js';
import type { WordLookup } from '../src/directory/typos.js';

/** A query of one word the directory has nothing for, and the directory words pg_trgm found near it. */
function offersFor(typed: string, near: string[]): string[] {
  const { q, tokens } = cutQuery(typed);
  const lookups: WordLookup[] = [
    {
      folded: typed,
      typedServices: 0,
      near: near.map((word) => ({ word, services: 40, similarity: 0.4, inLocale: true })),
    },
  ];
  const plan: QueryPlan = {
    groups: [],
    words: [typed],
    ignored: [],
    concepts: [],
    conceptHits: [],
    corrections: new Map(),
    unmatched: [0],
  };
  return nearbyQueries(q, tokens, lookups, plan, [], new Set(['en']));
}

test('a nearby word is offered when at most half the letters change, and never a word of one or two letters', () => {
  assert.deepEqual(offersFor('lawy', ['la']), [], '"la" is no answer to "lawy"');
  assert.deepEqual(offersFor('lawy', ['la', 'lawn']), ['lawn']);
  assert.deepEqual(offersFor('housng', ['hose', 'housing']), ['housing'], 'the nearest first');
  assert.deepEqual(offersFor('abogdo', ['bogota']), [], 'four letters of six changed');
});
