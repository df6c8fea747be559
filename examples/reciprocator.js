/**
 * The reciprocator: a commented template in plain JavaScript (see docs/BOTS.md).
 *
 * Axelrod's tit for tat, read through the security dilemma: start friendly, then do what
 * the rival did last turn — as *I* saw it. A turn that made me think the rival more
 * hostile is answered with a defensive build-up; a turn that reassured me (or did
 * nothing) is answered with reassurance. Before reassuring it asks the engine how the
 * rival will read each candidate order (explainOrder) and keeps only those that read as
 * reassuring.
 *
 *   npm run -s sim -- --scenario 2008-bucharest --blue examples/reciprocator.js --red hawk --games 20
 *
 * The only import a bot may make is "security-dilemma/bot".
 */
import { explainOrder, orderDraft, perceptionDrivers } from 'security-dilemma/bot';

// Types for editors that read JSDoc (VS Code does): optional, and ignored when it runs.
/** @typedef {import('security-dilemma/bot').Game} Game */
/** @typedef {import('security-dilemma/bot').SideView} SideView */

/**
 * How much last turn moved my perception of the rival: > 0 means "more hostile".
 * @param {SideView} view
 */
function lastTurnShift(view) {
  let shift = 0;
  // My observation log: what I saw of the rival, and how much each sighting moved me.
  for (const seen of view.me.observations) if (seen.turn === view.turn - 1 && seen.signal !== 'event') shift += seen.delta;
  return shift;
}

/**
 * The region of my bloc (or a partner) that the rival threatens most, by my own reading.
 * @param {Game} game
 * @param {SideView} view
 * @returns {string | undefined}
 */
function mostThreatened(game, view) {
  /** @type {string | undefined} */
  let best;
  let bestThreat = -1;
  game.regionIds.forEach((id, r) => {
    const alignment = view.alignment[r] ?? 0;
    const towardsMe = view.side === 'blue' ? alignment : -alignment;
    if (towardsMe < 2 || id === 'atlantic') return;
    let threat = 0;
    for (const q of game.vicinity[r] ?? []) {
      const seen = view.perceivedTroops[q];
      if (seen) threat += seen.offensive + seen.unknown;
    }
    if (threat > bestThreat) {
      bestThreat = threat;
      best = id;
    }
  });
  return best;
}

/** @returns {import('security-dilemma/bot').Bot} a fresh bot for one game */
export default function reciprocator() {
  let reason = '';
  return {
    name: 'reciprocator',

    chooseOrders(view, ctx) {
      const game = ctx.game;
      const draft = orderDraft(game, view, view.side);
      const shift = lastTurnShift(view);

      if (shift > 0.2) {
        // Answer hostility in kind, but defensively: a build-up that says "not here".
        const region = mostThreatened(game, view);
        if (region) draft.add({ type: 'deploy', region, kind: 'troops', posture: 'defensive' });
        const driver = perceptionDrivers(view)[0];
        reason = `Your last turn worried me${driver ? ` (your ${driver.signal})` : ''}, so I answered in kind.`;
      } else {
        // Reassure with what the rival will read as reassuring (the engine's estimate).
        for (const order of draft.legal()) {
          if (order.type === 'deploy' || order.type === 'withdraw') continue; // keep my forces as they are
          if (explainOrder(game, view, order).reading === 'reassuring') draft.add(order);
        }
        reason = shift < -0.05 ? 'You reassured me last turn, so I did the same.' : 'Nothing you did alarmed me, so I kept reaching out.';
      }
      // The rival's treaty offers are worth taking up either way.
      for (const offer of view.proposals) if (offer.by === view.rival) draft.add({ type: 'ratify', treaty: offer.treaty });
      return draft.orders;
    },

    chooseCrisis(view) {
      // Hold only if the rival has been hostile lately; otherwise step back.
      const choice = lastTurnShift(view) > 0.2 ? 'hold' : 'deescalate';
      reason = `In the crisis I chose to ${choice}.`;
      return choice;
    },

    explain: () => reason,
  };
}
