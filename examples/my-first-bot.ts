/**
 * My first bot: a commented template in TypeScript (see docs/BOTS.md). Copy it, rename it,
 * change the strategy.
 *
 * It plays a simple, readable strategy:
 *   - it looks at how hostile it thinks the rival is (its own perception, from its view);
 *   - if it feels threatened, it reinforces its most threatened regions *defensively*
 *     (a defensive posture reads as less hostile to the rival than an offensive one);
 *   - if it feels safe, it reassures: a public assurance, a summit offer, a treaty;
 *   - in a crisis it steps back unless it feels very threatened.
 *
 * Play it against a built-in bot (it runs in the same sandbox as in a tournament):
 *
 *   npm run -s sim -- --scenario 2021-red-lines --blue examples/my-first-bot.ts --red prudent --games 20
 *
 * A bot file may import only "security-dilemma/bot". Its default export is a function that
 * returns a fresh bot (called once per game), or the bot itself.
 */
import { orderDraft, perceptionDrivers } from 'security-dilemma/bot';
import type { Bot, BotContext, CrisisChoice, Game, Order, SideView } from 'security-dilemma/bot';

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
  // Alignment runs from +3 (Blue's bloc) to −3 (Red's): turn it to "towards me".
  const mine = (r: number) => (view.side === 'blue' ? (view.alignment[r] ?? 0) : -(view.alignment[r] ?? 0));
  return game.regionIds
    .map((id, r) => ({ id, r, threat: threatAt(game, view, r) }))
    .filter((x) => mine(x.r) >= 2 && x.id !== 'atlantic')
    .sort((a, b) => b.threat - a.threat || a.r - b.r)
    .map((x) => x.id);
}

export default function myFirstBot(): Bot {
  // A bot may remember things between calls (here: why it acted), but only what it has
  // been shown. Everything starts afresh in each game.
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

      // Some scenario events ask me to choose: take the first (historical) option.
      for (const id of view.currentEvents) {
        const event = game.scenario.events.find((e) => e.id === id);
        const option = event?.choice?.side === view.side ? event.choice.options[0] : undefined;
        if (option) draft.add({ type: 'respond', event: id, option: option.id });
      }

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

      // Randomness comes from ctx.random (seeded, so games can be replayed; Math.random is
      // the same stream inside the sandbox). Here: now and then, court a neutral region.
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
