// The API's indexed views must answer exactly what the plain views (model.ts, views.ts) answer.
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/index.ts';
import { exportJson } from '../export/json.ts';
import { fillFixtureStore } from '../api/test-support.ts';
import { eventsAsOf, findEntity } from './model.ts';
import { entityProfile, listClaims } from './views.ts';
import { buildLookup, inRange, liveAsOf, lookupEntity } from './lookup.ts';
import { actorGraph } from './graph.ts';

const store = openStore(':memory:');
fillFixtureStore(store);
const index = buildLookup(exportJson(store));
store.close();

const DATES = [null, '2019', '2020', '2020-05', '2020-05-31', '2020-06', '2020-06-01', '2020-06-10', '2020-06-25', '2020-06-30', '2020-07', '2021'];

describe('lookup indexes agree with the plain views', () => {
  it.each(DATES)('liveAsOf = eventsAsOf at %s', (asOf) => {
    const plain = eventsAsOf(index, asOf).map((v) => v.id).sort();
    const indexed = index.exp.events.filter((v) => liveAsOf(index, v, asOf)).map((v) => v.id).sort();
    expect(indexed).toEqual(plain);
  });

  it('finds the same entities as findEntity', () => {
    for (const q of ['Maduro', 'nicolas maduro', 'TEHRAN', 'ent-us', 'Washington', 'nobody']) {
      expect(lookupEntity(index, q)?.id ?? null, q).toBe(findEntity(index, q)?.id ?? null);
    }
  });

  it('indexes every event under its source and target', () => {
    const profile = entityProfile(index, 'Iran')!;
    expect(index.eventsByEntity.get('ent-iran')!.map((v) => v.id).sort()).toEqual(profile.timeline.map((t) => t.event).sort());
    expect(listClaims(index, { entity: 'Iran' }).length).toBeGreaterThan(0);
  });
});

describe('inRange', () => {
  it.each([
    ['2020-06-03', '2020-06', '2020-06', true], ['2020-06', '2020-06-10', null, true], ['2020-05', '2020-06', null, false],
    ['2020-07-01', null, '2020-06', false], [null, null, null, true], [null, '2020', null, false], ['2021', '2020', '2020-12', false],
  ] as const)('%s within [%s, %s] is %s', (date, from, to, expected) => {
    expect(inRange(date, from, to)).toBe(expected);
  });
});

describe('actorGraph', () => {
  it('caps nodes and says so', () => {
    const g = actorGraph(index, { entity: 'ent-maduro', depth: 3, from: null, to: null, maxNodes: 2 });
    expect(g.nodes).toHaveLength(2);
    expect(g.truncated).toBe(true);
    expect(g.edges.every((e) => g.nodes.some((n) => n.id === e.source) && g.nodes.some((n) => n.id === e.target))).toBe(true);
  });
});
