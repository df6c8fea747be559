/**
 * My first bot: a commented example of the bot interface (see docs/BOTS.md).
 *
 * It plays a simple, readable strategy:
 *   - it looks at how hostile it thinks the rival is (its own perception, from its view);
 *   - if it feels threatened, it reinforces its most threatened regions *defensively*
 *     (a defensive posture reads as less hostile to the rival than an offensive one);
 *   - if it feels safe, it reassures: a public assurance, a summit offer, a treaty;
 *   - in a crisis it steps back unless it feels very threatened.
 *
 * Run it against a built-in bot:
 *
 *   npx tsx examples/my-first-bot.ts                  # 2021: Red Lines, vs prudent
 *   npx tsx examples/my-first-bot.ts 2008-bucharest hawk
 */
import { orderDraft, perceptionDrivers } from '../src/engine/index.ts';
import type { CrisisChoice, Game, Order, SideView } from '../src/engine/index.ts';
import type { Bot, BotContext } from '../src/bots/types.ts';

/** How threatening the rival's units in and around region `r` look to me. */
function threatAt(game: Game, view: SideView, r: number): number {
  let threat = 0;
  // game.vicinity[r] is the region itself and its neighbours.
  for (const q of game.vicinity[r] ?? []) {
    // My reading of the rival's troops there: I never see their true postures.
    const seen = view.perceivedTroops[q];
    if (seen) threat += seen.offensive + seen.unknown * view.offenseAdvantage + seen.defensive * 0.2;
    // Missiles are counted publicly.
    const units = view.units[view.rival][q];
    if (units) threat += 3 * units.strikeMissiles + 0.5 * units.missileDefense;
  }
  return threat;
}

/** Regions I may deploy to (home, members, partners), most threatened first. */
function frontline(game: Game, view: SideView): string[] {
  const mine = (r: number) => (view.side === 'blue' ? (view.alignment[r] ?? 0) : -(view.alignment[r] ?? 0));
  return game.regionIds
    .map((id, r) => ({ id, r, threat: threatAt(game, view, r) }))
    .filter((x) => mine(x.r) >= 2 && x.id !== 'atlantic')
    .sort((a, b) => b.threat - a.threat)
    .map((x) => x.id);
}

export function myFirstBot(): Bot {
  // A bot may remember things between calls (here: why it acted), but only what it
  // has been shown.
  let reason = '';

  return {
    name: 'my-first-bot',

    chooseOrders(view: SideView, ctx: BotContext): Order[] {
      const game = ctx.game;
      // A draft checks each order against the rules as it is added: add() returns an
      // error (and leaves the draft unchanged) if the order is not allowed now — not
      // enough action points, not my territory, and so on.
      const draft = orderDraft(game, view, view.side);
      const hostility = view.me.perceivedHostility; // 0..1: how likely I think the rival is revisionist

      if (hostility > 0.6) {
        // Reinforce the two most threatened regions, defensively.
        let placed = 0;
        for (const region of frontline(game, view)) {
          if (placed >= 2) break;
          if (draft.add({ type: 'deploy', region, kind: 'troops', posture: 'defensive' }) === undefined) placed++;
        }
        // What moved my perception most last turn? (My own observation log.)
        const driver = perceptionDrivers(view)[0];
        reason = `I think you are ${Math.round(hostility * 100)}% likely hostile${driver ? ` (mostly because of your ${driver.signal})` : ''}, so I reinforced ${placed} region(s) defensively.`;
      } else {
        // Reassure: cheap talk, a summit (it only happens if both offer one), a treaty.
        draft.add({ type: 'assure' });
        draft.add({ type: 'summit' });
        // Ratify what the rival proposed; otherwise propose Open Skies ourselves.
        const offered = view.proposals.find((p) => p.by === view.rival);
        if (offered) draft.add({ type: 'ratify', treaty: offered.treaty });
        else draft.add({ type: 'propose', treaty: 'openSkies' });
        reason = `You look fairly benign to me (${Math.round(hostility * 100)}%), so I reached out.`;
      }

      // Randomness must come from ctx.random (seeded, so games can be replayed) — never
      // Math.random. Here: now and then, court a neutral region.
      if (ctx.random() < 0.3) {
        const neutral = game.regionIds.find((_id, r) => view.alignment[r] === 0 && view.home[r] === '');
        if (neutral) draft.add({ type: 'court', region: neutral });
      }
      return draft.orders;
    },

    chooseCrisis(view: SideView): CrisisChoice {
      // A crisis: both sides choose in secret. Escalating risks war, which is very costly.
      const choice: CrisisChoice = view.me.perceivedHostility > 0.85 ? 'hold' : 'deescalate';
      reason = `In the crisis over ${view.crisis?.region ?? 'the region'} I chose to ${choice}.`;
      return choice;
    },

    explain: () => reason,
  };
}

// ---------------------------------------------------------------------------------
// Running this file plays one game against a built-in bot and prints the result.
async function demo(): Promise<void> {
  const { outcome } = await import('../src/engine/index.ts');
  const { SCRIPTED_BOTS } = await import('../src/bots/scripted.ts');
  const { playGame } = await import('../src/match/play.ts');
  const { gameFor } = await import('../src/scenarios/catalog.ts');
  const [scenarioId = '2021-red-lines', rivalName = 'prudent'] = process.argv.slice(2);
  const game = gameFor(scenarioId);
  const makeRival = (SCRIPTED_BOTS as Record<string, (() => Bot) | undefined>)[rivalName];
  if (!game || !makeRival) throw new Error(`unknown scenario "${scenarioId}" or bot "${rivalName}"`);
  const played = playGame(game, { blue: myFirstBot(), red: makeRival() }, { seed: 1 });
  const result = outcome(game, played.state);
  if (!result.ok) throw new Error(result.error.message);
  const o = result.value;
  console.log(`${scenarioId}: my-first-bot (Blue, ${o.sides.blue.intent}) vs ${rivalName} (Red, ${o.sides.red.intent})`);
  console.log(`  achievement: Blue ${o.sides.blue.achievement.toFixed(1)}, Red ${o.sides.red.achievement.toFixed(1)} → winner: ${o.winner}${o.war ? ' (war!)' : ''}`);
  if (played.faults.length > 0) console.log(`  refused orders: ${played.faults.map((f) => f.message).join('; ')}`);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) void demo();
