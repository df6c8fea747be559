/**
 * What a student bot sees inside the sandbox, and what the host gets back: the same game
 * for the same seed (Math.random is the bot's seeded stream, Date is frozen and in UTC,
 * each game starts from the freshly loaded bot), the fuel stopping the same work at the
 * same point, crisis answers checked like orders, and the one module a bot may import.
 */
import { describe, expect, it } from 'vitest';
import * as botApi from '../../src/bot-api/index.ts';
import { SCRIPTED_BOTS } from '../../src/bots/scripted.ts';
import { view } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { botRandom, playGame } from '../../src/match/play.ts';
import { quickJsModule } from '../../src/tournament/sandbox/index.ts';
import { newInstance } from '../../src/tournament/sandbox/instance.ts';
import { against, gameOf, sandboxedSource } from './helpers.ts';

/** Uses every source of chance and time a bot has, and reports them in explain(). */
const DICE_BOT = `
import { orderDraft } from 'security-dilemma/bot';
let gamesSeen = 0; // module state: a fresh bot in every game sees 1
export default function dice() {
  gamesSeen++;
  let note = '';
  return {
    name: 'dice',
    chooseOrders(view, ctx) {
      const draft = orderDraft(ctx.game, view, view.side);
      const legal = draft.legal();
      const pick = legal[Math.floor(Math.random() * legal.length)];
      if (pick) draft.add(pick);
      if (ctx.random() < 0.5) draft.add({ type: 'assure' });
      const d = new Date();
      note = [gamesSeen, Date.now(), d.getHours(), d.getTimezoneOffset(), new Date(2020, 5, 1).getTime(), String(Date()).slice(0, 16)].join(' ');
      return draft.orders;
    },
    chooseCrisis: () => (Math.random() < 0.5 ? 'hold' : 'deescalate'),
    explain: () => note,
  };
}
`;

const recordOf = (state: GameState) => JSON.stringify(state.record);

describe('the same seed, the same game', () => {
  it('two fresh loads of a bot that uses Math.random, Date and ctx.random play the same game; another seed plays another', async () => {
    const [first, second] = [await sandboxedSource(DICE_BOT, 'dice.js'), await sandboxedSource(DICE_BOT, 'dice.js')];
    const a = first();
    const b = second();
    const gameA = against(a, 'generous', { seed: 7 });
    const gameB = against(b, 'generous', { seed: 7 });
    expect(a.faults).toEqual([]);
    expect(recordOf(gameB.state)).toBe(recordOf(gameA.state));
    expect(b.explain?.()).toBe(a.explain?.());
    const other = against(first(), 'generous', { seed: 8 });
    expect(recordOf(other.state)).not.toBe(recordOf(gameA.state));
  });

  it('every game starts from the freshly loaded bot, whatever the games before it did', async () => {
    const factory = await sandboxedSource(DICE_BOT, 'dice.js');
    const firstBot = factory();
    const opening = recordOf(against(firstBot, 'mirror', { seed: 3 }).state);
    for (const seed of [4, 5, 6]) against(factory(), 'hawk', { seed, side: seed % 2 ? 'red' : 'blue' });
    const again = factory();
    expect(recordOf(against(again, 'mirror', { seed: 3 }).state)).toBe(opening);
    expect(again.explain?.().split(' ')[0]).toBe('1');
  });

  it('Date is frozen at 1 January 2000 and reads in UTC; new Date(y, m, d) is UTC too', async () => {
    const bot = (await sandboxedSource(DICE_BOT, 'dice.js'))();
    against(bot, 'dove');
    const [, now, hours, offset, june, text] = (bot.explain?.() ?? '').split(' ');
    expect(Number(now)).toBe(Date.UTC(2000, 0, 1));
    expect([hours, offset, Number(june)]).toEqual(['0', '0', Date.UTC(2020, 5, 1)]);
    expect(text).toBe('Sat,');
  });

  it('Date reads the same in every time zone: parsing, local getters and strings are in UTC', async () => {
    const dates = `export default () => ({ name: 'd', chooseOrders: () => [], chooseCrisis: () => 'hold', explain: () => [
      Date.parse('2020-01-01T10:00'), new Date('2020-01-01T10:00').getTime(), Date.parse('Jan 1 2020 10:00'), new Date(2020, 0, 1, 10).getHours(),
      new Date(0).getDate(), new Date(0).toString(), new Date(0).toLocaleTimeString(), new Date(0).getYear(), Date.parse('2020-01-01T10:00+02:00'),
    ].join('|') });`;
    const zone = process.env.TZ;
    const readings: string[] = [];
    try {
      for (const tz of ['UTC', 'Asia/Kolkata', 'America/St_Johns']) {
        process.env.TZ = tz;
        const bot = (await sandboxedSource(dates, 'dates.js'))();
        against(bot, 'dove');
        readings.push(bot.explain?.() ?? '');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(new Set(readings).size).toBe(1);
    expect(readings[0]?.split('|').slice(0, 4)).toEqual([String(Date.UTC(2020, 0, 1, 10)), String(Date.UTC(2020, 0, 1, 10)), String(Date.UTC(2020, 0, 1, 10)), '10']);
  });

  it('Math.random inside the sandbox is the bot\u2019s own seeded stream (ctx.random)', async () => {
    const factory = await sandboxedSource(
      `export default () => { let seen = ''; return { name: 'r', chooseOrders(view, ctx) { if (!seen) seen = [Math.random(), ctx.random(), Math.random()].join(' '); return []; }, chooseCrisis: () => 'hold', explain: () => seen }; };`,
      'r.js',
    );
    const bot = factory();
    against(bot, 'dove', { seed: 11 });
    const stream = botRandom(11, 'blue');
    expect(bot.explain?.()).toBe([stream(), stream(), stream()].join(' '));
  });

  it('fuel stops the same loop at the same turn of it, every time', async () => {
    const counter = `let n = 0; export default () => ({ name: 'c', chooseOrders() { for (;;) n++; }, chooseCrisis: () => 'hold', explain: () => String(n) });`;
    const counts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const bot = (await sandboxedSource(counter, 'c.js', { fuelPerDecision: 20 }))();
      bot.chooseOrders(view(gameOf('lab'), againstState(), 'blue'), { game: gameOf('lab'), random: () => 0.5 });
      counts.push(bot.explain?.() ?? '');
      expect(bot.faults.map((f) => f.code)).toEqual(['OUT_OF_FUEL']);
    }
    expect(Number(counts[0])).toBeGreaterThan(10_000);
    expect(counts[1]).toBe(counts[0]);
  });

  it('ctx.fuelLeft() tells a bot how much of its budget is left', async () => {
    const bot = (
      await sandboxedSource(
        `let seen = ''; export default () => ({ name: 'f', chooseOrders(view, ctx) { const a = ctx.fuelLeft(); let x = 0; for (let i = 0; i < 2e5; i++) x += i; seen = a + ' ' + ctx.fuelLeft(); return []; }, chooseCrisis: () => 'hold', explain: () => seen });`,
        'f.js',
        { fuelPerDecision: 100 },
      )
    )();
    against(bot, 'dove');
    const [before, after] = (bot.explain?.() ?? '').split(' ').map(Number);
    expect(before).toBeLessThanOrEqual(100);
    expect(after).toBeLessThan(before ?? 0);
    expect(bot.faults).toEqual([]);
  });
});

/** A planning state of the Lab scenario (for calling a bot directly). */
function againstState(): GameState {
  let state: GameState | undefined;
  playGame(gameOf('lab'), { blue: SCRIPTED_BOTS.dove(), red: SCRIPTED_BOTS.dove() }, { seed: 1 }, undefined, (before) => {
    state ??= before;
  });
  if (!state) throw new Error('no state');
  return state;
}

/** A state in crisis, from a game of two revisionist hawks. */
function crisisState(): GameState {
  let crisis: GameState | undefined;
  const intents = { blue: 'revisionist', red: 'revisionist' } as const;
  playGame(gameOf('2021-red-lines'), { blue: SCRIPTED_BOTS.hawk(), red: SCRIPTED_BOTS.hawk() }, { seed: 1, intentMode: 'fixed', intents }, undefined, (_before, after) => {
    if (!crisis && after.phase === 'crisis') crisis = after;
  });
  if (!crisis) throw new Error('no crisis');
  return crisis;
}

describe('answers in a crisis', () => {
  const crisisBot = (answer: string) => `export default () => ({ name: 'c', chooseOrders: () => [], chooseCrisis() { ${answer} } });`;

  it('a crisis choice comes back as given; garbage or a throw becomes "hold" with a fault', async () => {
    const state = crisisState();
    const game = gameOf('2021-red-lines');
    const sideView = view(game, state, 'blue');
    const ctx = { game, random: () => 0.5 };
    const escalate = (await sandboxedSource(crisisBot(`return 'escalate';`)))();
    expect(escalate.chooseCrisis(sideView, ctx)).toBe('escalate');
    expect(escalate.faults).toEqual([]);
    const garbage = (await sandboxedSource(crisisBot(`return 'nuke';`)))();
    expect(garbage.chooseCrisis(sideView, ctx)).toBe('hold');
    expect(garbage.faults.map((f) => [f.code, f.phase])).toEqual([['BAD_RESULT', 'crisis']]);
    const thrower = (await sandboxedSource(crisisBot(`throw new Error('panic');`)))();
    expect(thrower.chooseCrisis(sideView, ctx)).toBe('hold');
    expect(thrower.faults[0]).toMatchObject({ code: 'THREW', phase: 'crisis', side: 'blue', turn: state.turn });
  });
});

describe('the instance, whatever the machine', () => {
  it('starts with the same memory, byte for byte, whatever the browser\u2019s language or the script\u2019s path', async () => {
    const wasm = await quickJsModule();
    const plain = await newInstance(wasm, 32 << 20);
    const script = process.argv[1];
    Object.defineProperty(globalThis, 'navigator', { value: { language: 'de-CH' }, configurable: true, writable: true });
    process.argv[1] = '/a/much/longer/path/to/some/other/checkout/of/the/game/src/cli/tournament.ts';
    try {
      const other = await newInstance(wasm, 32 << 20);
      // Emscripten copies LANG and the program's name into memory as it starts; a few bytes
      // more would move the exact point where a bot's memory runs out.
      expect(Buffer.compare(Buffer.from(other.memory.buffer), Buffer.from(plain.memory.buffer))).toBe(0);
    } finally {
      delete (globalThis as { navigator?: unknown }).navigator;
      if (script !== undefined) process.argv[1] = script;
    }
  });
});

describe('the bot module and the host', () => {
  it('security-dilemma/bot in the sandbox exports what src/bot-api exports, the documented helpers among them', async () => {
    const bot = (
      await sandboxedSource(
        `import * as api from 'security-dilemma/bot'; export default { name: 'a', chooseOrders: () => [], chooseCrisis: () => 'hold', explain: () => Object.keys(api).sort().join(',') };`,
        'a.js',
      )
    )();
    against(bot, 'dove');
    const inside = bot.explain?.().split(',');
    expect(inside).toEqual(Object.keys(botApi).sort());
    for (const helper of ['orderDraft', 'legalOrders', 'validateOrders', 'explainOrder', 'perceptionDrivers', 'describeOrder']) expect(inside).toContain(helper);
  });

  it('the bot\u2019s console goes to the host\u2019s log handler, not to the terminal', async () => {
    const lines: string[] = [];
    const bot = (
      await sandboxedSource(`export default () => ({ name: 'talker', chooseOrders(view) { console.log('turn', view.turn, { ok: true }); return []; }, chooseCrisis: () => 'hold' });`, 't.js', {
        onLog: (text) => lines.push(text),
      })
    )();
    against(bot, 'dove');
    expect(lines[0]).toBe('log turn 1 {"ok":true}');
  });

  it('one file can play both sides of a game', async () => {
    const factory = await sandboxedSource(DICE_BOT, 'dice.js');
    const blue = factory();
    const red = factory();
    const played = playGame(gameOf('2008-bucharest'), { blue, red }, { seed: 2 });
    expect(played.state.phase).toBe('over');
    expect([...blue.faults, ...red.faults]).toEqual([]);
  });

  it('a TypeScript file with a syntax error is a SYNTAX_ERROR at load, named after the file', async () => {
    const factory = await sandboxedSource(`const x: number = ;\nexport default () => ({});`, 'bots/broken-bot.ts');
    expect(factory.loadFault?.code).toBe('SYNTAX_ERROR');
    expect(factory.botName).toBe('broken-bot');
    const bot = factory();
    against(bot, 'dove');
    expect(bot.faults.every((f) => f.code === 'SYNTAX_ERROR' && f.phase === 'load')).toBe(true);
  });

  it('a bot\u2019s name is cut to one printable line', async () => {
    const factory = await sandboxedSource(`export default { name: 'A\\nvery\\tlong name '.repeat(10), chooseOrders: () => [], chooseCrisis: () => 'hold' };`, 'n.js');
    expect(factory.botName).toMatch(/^A very long name A very long name A very/);
    expect(factory.botName.length).toBeLessThanOrEqual(40);
  });
});
