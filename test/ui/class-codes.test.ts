/**
 * The codes a class tournament passes between machines: a pairing code carries the ticket
 * of a game, a result code the whole result file (deflated), and both come back intact;
 * a damaged code is refused, not half-read.
 */
import { describe, expect, it } from 'vitest';
import { SCRIPTED_BOTS } from '../../src/bots/index.ts';
import { playGame } from '../../src/match/play.ts';
import { gameFor } from '../../src/scenarios/catalog.ts';
import { buildResultFile, createTournament, pairNextRound, ticketOf, verifyResult } from '../../src/tournament/class/index.ts';
import type { ClassTournament } from '../../src/tournament/class/index.ts';
import { pairingCode, readPairingCode, readResult, resultCode, splitCodes } from '../../src/ui/classPlay.ts';

function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const t: ClassTournament = must(pairNextRound(must(createTournament({ id: 'codes', name: 'Codes', system: 'roundRobin', names: ['Ann', 'Bo', 'Cy'], scenarios: ['2021-red-lines'], seed: 9, withAi: true })), []));

describe('class tournament codes', () => {
  it('the AI, when on the roster, plays its games on its own side', () => {
    expect(t.entrants.map((e) => e.name)).toEqual(['Ann', 'Bo', 'Cy', 'The AI']);
    const tickets = (t.played[0]?.pairings ?? []).map((p) => ticketOf(t, p));
    const withAi = tickets.filter((x) => x.ai !== undefined);
    expect(withAi).toHaveLength(1);
    const ticket = withAi[0];
    expect(ticket && ticket.players[ticket.ai ?? 'blue']).toBe('The AI');
  });

  it('a pairing code carries its ticket; a damaged one is refused', () => {
    const ticket = ticketOf(t, t.played[0]?.pairings[0] ?? (undefined as never));
    const code = pairingCode(ticket);
    expect(code.startsWith('SDP1.')).toBe(true);
    expect(must(readPairingCode(`  ${code}\n`))).toEqual(ticket);
    expect(readPairingCode(code.slice(0, -6))).toMatchObject({ ok: false, error: { code: 'PAIRING_CODE_BAD' } });
    expect(readPairingCode('hello')).toMatchObject({ ok: false });
  });

  it('a result code carries the whole result file, which still verifies', async () => {
    const p = t.played[0]?.pairings[0];
    if (!p) throw new Error('no pairing');
    const game = gameFor(p.scenarioId);
    if (!game) throw new Error(p.scenarioId);
    const { state } = playGame(game, { blue: SCRIPTED_BOTS.mirror(), red: SCRIPTED_BOTS.prudent() }, { seed: p.seed, intentMode: 'random' });
    const file = must(buildResultFile(ticketOf(t, p), game, state));
    const code = await resultCode(file);
    expect(code.startsWith('SDR1.')).toBe(true);
    expect(code.length).toBeLessThan(JSON.stringify(file).length / 2);
    const back = must(await readResult(code.replace(/(.{60})/g, '$1\n')));
    expect(back).toEqual(file);
    expect(verifyResult(t, back).ok).toBe(true);
    expect(splitCodes(`${code}\n\n${code}`)).toEqual([code, code]);
    expect(await readResult(code.slice(0, 40))).toMatchObject({ ok: false, error: { code: 'RESULT_CORRUPT' } });
    expect(await readResult('not json')).toMatchObject({ ok: false, error: { code: 'RESULT_CORRUPT' } });
  });
});
