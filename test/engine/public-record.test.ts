/**
 * The public record is data, and only describe.ts puts it into words. An entry has no
 * text to read meaning out of (checked by the type checker and on every entry of random
 * games); every string in it is a code or an id of the game's vocabulary; and the words
 * `describeEntry` renders are the ones players read in the log, entry kind by entry kind.
 */
import { describe, expect, it } from 'vitest';
import { describeEntry, FIZZLE_REASONS, ORDER_OUTCOMES, TREATIES, UNIT_KINDS } from '../../src/engine/index.ts';
import type { Game, PublicEntry } from '../../src/engine/index.ts';
import { SCENARIOS, gameFor } from '../../src/scenarios/catalog.ts';
import { playRandomGame, seeded } from '../helpers.ts';

/** Every key any kind of entry may have. */
type EntryKeys = PublicEntry extends infer E ? (E extends unknown ? keyof E : never) : never;
/**
 * Fails to type-check (npm test runs tsc first) if any kind of entry gains a `text`
 * field: reading `entry.text` then cannot compile anywhere, in src/ or in tests.
 */
const ENTRIES_HAVE_NO_TEXT: 'text' extends EntryKeys ? false : true = true;

function gameOf(id: string): Game {
  const game = gameFor(id);
  if (!game) throw new Error(`no scenario ${id}`);
  return game;
}

/** The strings an entry may hold: codes and ids, never prose. */
function vocabulary(game: Game): Set<string> {
  const words = new Set<string>([
    'blue', 'red', 'order', 'answer', 'event', 'summit', 'treaty', 'promiseBroken', 'violation', 'crisis', 'war', 'opened', 'ended',
    'restraint', 'assurance', 'deescalate', 'hold', 'escalate', 'bothDeescalate', 'holdWins', 'bothHold', 'escalateWins', 'brink',
    'deploy', 'withdraw', 'exercise', 'court', 'admit', 'support', 'annex', 'assure', 'sanction', 'propose', 'ratify', 'withdrawTreaty', 'inspect',
    ...ORDER_OUTCOMES, ...FIZZLE_REASONS, ...TREATIES, ...UNIT_KINDS, ...game.regionIds,
  ]);
  for (const e of game.scenario.events) {
    words.add(e.id);
    for (const o of e.choice?.options ?? []) words.add(o.id);
  }
  return words;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('the public record is data', () => {
  it('no kind of entry has a text field (a type-level guarantee)', () => {
    expect(ENTRIES_HAVE_NO_TEXT).toBe(true);
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: every entry of random games holds only codes and ids, survives JSON, and reads as a sentence`, () => {
      const game = gameOf(scenario.id);
      const words = vocabulary(game);
      for (let seed = 1; seed <= 6; seed++) {
        const state = playRandomGame(game, { seed }, seeded(seed * 977));
        expect(state.publicLog.length).toBeGreaterThan(0);
        for (const entry of state.publicLog) {
          expect(entry).not.toHaveProperty('text');
          expect(stringsIn(entry).filter((s) => !words.has(s)), JSON.stringify(entry)).toEqual([]);
          expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
          expect(describeEntry(game, entry)).toMatch(/^[A-Z].*[.)]$/s);
        }
      }
    });
  }
});

describe('describeEntry: the words of the log', () => {
  const game = gameOf('1991-after-the-wall');
  const table: [string, PublicEntry, string][] = [
    ['a troop deployment, its posture unsaid', { kind: 'order', turn: 1, side: 'red', order: { type: 'deploy', region: 'belarus', kind: 'troops' }, outcome: 'done' }, 'Red deployed troops in Belarus.'],
    ['strike missiles', { kind: 'order', turn: 2, side: 'red', order: { type: 'deploy', region: 'central_russia', kind: 'strikeMissiles' }, outcome: 'done' }, 'Red deployed strike missiles in Central Russia (Moscow).'],
    ['missile defence', { kind: 'order', turn: 1, side: 'blue', order: { type: 'deploy', region: 'uk', kind: 'missileDefense' }, outcome: 'done' }, 'Blue deployed missile defence in United Kingdom.'],
    ['a deployment that fizzled', { kind: 'order', turn: 7, side: 'red', order: { type: 'deploy', region: 'poland', kind: 'troops' }, outcome: 'fizzled', reason: 'noLongerPossible' }, 'Red deployed troops in Poland (fizzled: no longer possible).'],
    ['an admission that fizzled', { kind: 'order', turn: 7, side: 'blue', order: { type: 'admit', region: 'poland' }, outcome: 'fizzled', reason: 'noLongerPartner' }, 'Blue: admit Poland to the bloc (fizzled: no longer a partner).'],
    ['an annexation that fizzled', { kind: 'order', turn: 7, side: 'red', order: { type: 'annex', region: 'crimea' }, outcome: 'fizzled', reason: 'cannotAnnex' }, 'Red: annex Crimea (fizzled).'],
    ['a courtship that worked', { kind: 'order', turn: 2, side: 'blue', order: { type: 'court', region: 'baltics' }, outcome: 'worked' }, 'Blue: court Baltic States (it worked).'],
    ['a courtship that failed', { kind: 'order', turn: 1, side: 'blue', order: { type: 'court', region: 'western_balkans' }, outcome: 'failed' }, 'Blue: court Western Balkans (it failed).'],
    ['a courtship of a bloc member', { kind: 'order', turn: 5, side: 'blue', order: { type: 'court', region: 'crimea' }, outcome: 'blocked' }, 'Blue: court Crimea (no effect: the region is in a bloc).'],
    ['an unanswered summit', { kind: 'order', turn: 1, side: 'red', order: { type: 'summit' }, outcome: 'notTakenUp' }, 'Red: offer a summit (not taken up).'],
    ['restraint with troops', { kind: 'order', turn: 1, side: 'blue', order: { type: 'restraint', region: 'norway' }, outcome: 'done', unit: 'troops' }, 'Blue: pull back and promise restraint in Norway (one troop unit).'],
    ['restraint with missiles', { kind: 'order', turn: 10, side: 'blue', order: { type: 'restraint', region: 'uk' }, outcome: 'done', unit: 'missileDefense' }, 'Blue: pull back and promise restraint in United Kingdom (one missile battery).'],
    ['an answer to an event', { kind: 'answer', turn: 1, side: 'blue', event: 'brussels-memorandum', option: 'door-open' }, 'The Brussels memorandum: Promise nothing: the door stays open to any European democracy.'],
    ['a summit held', { kind: 'summit', turn: 1 }, 'A summit was held: both sides met and talked.'],
    ['a treaty in force', { kind: 'treaty', turn: 1, treaty: 'openSkies' }, 'The Open Skies treaty enters into force.'],
    ['a treaty left', { kind: 'promiseBroken', turn: 2, side: 'blue', promise: 'treaty', treaty: 'cfe' }, 'Blue left the CFE treaty; its credibility falls.'],
    ['restraint broken', { kind: 'promiseBroken', turn: 8, side: 'red', promise: 'restraint', region: 'kaliningrad' }, 'Red broke its promise of restraint in Kaliningrad; its credibility falls.'],
    ['an assurance belied', { kind: 'promiseBroken', turn: 2, side: 'red', promise: 'assurance' }, 'Red moved against the rival right after assuring it; its credibility falls.'],
    ['a violation found', { kind: 'violation', turn: 1, side: 'blue', region: 'uk', treaty: 'abm' }, 'Blue was caught violating the ABM treaty in United Kingdom.'],
    ['a crisis opens', { kind: 'crisis', stage: 'opened', turn: 10, region: 'moldova', tension: 8.14 }, 'Crisis over Moldova: tension has reached 8.1.'],
    [
      'a crisis at the brink',
      { kind: 'crisis', stage: 'ended', turn: 10, region: 'moldova', choices: { blue: 'escalate', red: 'hold' }, result: 'brink' },
      'Blue chose to escalate, Red to hold firm: a confrontation over Moldova stopped short of war; tension soars.',
    ],
    [
      'a crisis one side won',
      { kind: 'crisis', stage: 'ended', turn: 11, region: 'baltics', choices: { blue: 'deescalate', red: 'hold' }, result: 'holdWins', winner: 'red' },
      'Blue chose to de-escalate, Red to hold firm: Red prevailed over Baltic States and gains ground there.',
    ],
    [
      'a crisis both stepped back from',
      { kind: 'crisis', stage: 'ended', turn: 10, region: 'georgia', choices: { blue: 'deescalate', red: 'deescalate' }, result: 'bothDeescalate' },
      'Blue chose to de-escalate, Red to de-escalate: both stepped back from the brink over Georgia; tension falls and treaties are easier to ratify.',
    ],
    [
      'a crisis neither gave way in',
      { kind: 'crisis', stage: 'ended', turn: 10, region: 'baltics', choices: { blue: 'hold', red: 'hold' }, result: 'bothHold' },
      'Blue chose to hold firm, Red to hold firm: neither gave way over Baltic States; tension rises.',
    ],
    [
      'war',
      { kind: 'war', turn: 10, region: 'moldova', winner: 'red', strength: { blue: 4, red: 5 } },
      'War over Moldova. Red wins it: Red’s forces counted 5.0 against Blue’s 4.0. Both pay heavily, for every year the war cuts off.',
    ],
  ];
  for (const [name, entry, words] of table) it(name, () => expect(describeEntry(game, entry)).toBe(words));

  it('an event in its scenario’s words', () => {
    const entry: PublicEntry = { kind: 'event', turn: 4, event: 'troops-home' };
    expect(describeEntry(game, entry)).toBe(
      'The last troops leave: On 31 August 1994 the last Russian troops leave Germany, Estonia and Latvia, a year after they left Lithuania.',
    );
  });
});
