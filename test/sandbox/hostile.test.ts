/**
 * The hostile test set (test/sandbox/hostile/*.js): bots that throw, loop, bomb their
 * memory, recurse, answer garbage, tamper with built-ins or try to reach outside. Each
 * file says in its first line the fault it must produce ("// expect: CODE phase"); every
 * game must still finish, and the engine must only ever see answers it accepts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOver } from '../../src/engine/index.ts';
import { FAULT_CODES } from '../../src/tournament/sandbox/index.ts';
import { HOSTILE_DIR, against, sandboxed } from './helpers.ts';

interface Case {
  file: string;
  expected: string;
  limits: Record<string, number>;
}

function cases(): Case[] {
  return readdirSync(HOSTILE_DIR)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const source = readFileSync(join(HOSTILE_DIR, file), 'utf8');
      const expected = /^\/\/ expect: (.+)$/m.exec(source)?.[1]?.trim();
      if (!expected) throw new Error(`${file} has no "// expect:" line`);
      const limits = JSON.parse(/^\/\/ limits: (.+)$/m.exec(source)?.[1] ?? '{}') as Record<string, number>;
      return { file, expected, limits };
    });
}

describe('hostile bots', () => {
  const all = cases();

  it('the set covers every fault a bot can commit by itself', () => {
    const expected = new Set(all.map((c) => c.expected.split(' ')[0]));
    // DISQUALIFIED follows a TIMEOUT; CRASHED needs a flaw in QuickJS itself.
    const reachable = FAULT_CODES.filter((code) => code !== 'DISQUALIFIED' && code !== 'CRASHED');
    expect(reachable.filter((code) => !expected.has(code))).toEqual([]);
  });

  for (const { file, expected, limits } of all) {
    it(`${file}: ${expected}, and the game finishes`, async () => {
      const factory = await sandboxed(`test/sandbox/hostile/${file}`, limits);
      const bot = factory();
      const played = against(bot, 'prudent');
      expect(isOver(played.state)).toBe(true);
      // The sandbox answered only what the engine accepts: play.ts saw no refusal.
      expect(played.faults).toEqual([]);
      const first = bot.faults[0];
      expect(first ? `${first.code} ${first.phase}` : 'none', first?.message).toBe(expected);
      if (first) {
        expect(first.message.length).toBeGreaterThan(0);
        expect(first.message.length).toBeLessThanOrEqual(300);
      }
      // Nothing leaked into the host.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      factory.dispose();
    });
  }

  it('a bot stopped by the wall clock is disqualified: its later decisions fault as DISQUALIFIED, without running', async () => {
    const factory = await sandboxed('test/sandbox/hostile/native-loop.js', { backstopMs: 300 });
    const bot = factory();
    const started = performance.now();
    against(bot, 'prudent');
    expect(factory.disqualification?.code).toBe('TIMEOUT');
    expect(bot.faults.slice(1).every((f) => f.code === 'DISQUALIFIED')).toBe(true);
    // Only the first decision ran; a second game does not run it at all.
    const again = factory();
    against(again, 'dove');
    expect(again.faults.every((f) => f.code === 'DISQUALIFIED')).toBe(true);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('a bot whose memory fills up starts afresh in a clean instance and plays again', async () => {
    const factory = await sandboxed('test/sandbox/hostile/memory-leak-across-turns.js');
    const bot = factory();
    const played = against(bot, 'dove', { scenario: '1991-after-the-wall' });
    const turns = played.state.record.steps.filter((s) => s.kind === 'orders' && s.side === 'blue').length;
    // Four turns of 6 MiB fit; the fifth does not. It then starts afresh and plays on.
    expect(turns).toBeGreaterThanOrEqual(8);
    expect(bot.faults.map((f) => f.code)).toEqual(['OUT_OF_MEMORY', 'OUT_OF_MEMORY']);
    expect(bot.faults.map((f) => f.turn)).toEqual([5, 10]);
  });
});
