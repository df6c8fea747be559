/**
 * The reference player the pars are computed with: prudent as a security seeker,
 * opportunist as a revisionist.
 */
import { SCRIPTED_BOTS } from '../bots/scripted.ts';
import type { Bot } from '../bots/types.ts';
import type { Intent } from '../engine/index.ts';

export function referenceBot(): Bot {
  const security = SCRIPTED_BOTS.prudent();
  const revisionist = SCRIPTED_BOTS.opportunist();
  const pick = (intent: Intent) => (intent === 'security' ? security : revisionist);
  return {
    name: 'reference',
    chooseOrders: (view, ctx) => pick(view.me.intent).chooseOrders(view, ctx),
    chooseCrisis: (view, ctx) => pick(view.me.intent).chooseCrisis(view, ctx),
  };
}
