/**
 * How the Strategist expects a rival of each intent to play: a mixture of the scripted
 * bots, each standing for one way a security seeker or a revisionist behaves. A world's
 * rival is one draw from the mixture of its (sampled) intent, kept for the whole
 * rollout, so the search meets consistent personalities rather than noise.
 */
import type { Intent } from '../engine/index.ts';
import { SCRIPTED_BOTS } from '../bots/scripted.ts';
import type { ScriptedBotName } from '../bots/scripted.ts';
import { pickWeighted } from './random.ts';
import type { Random } from './random.ts';
import type { RolloutPolicy } from './rollout.ts';
import { seedFrom } from './random.ts';

export type Mixture = Partial<Record<ScriptedBotName, number>>;

/** The default rival model: how each intent tends to play. */
export const RIVAL_MODEL: Record<Intent, Mixture> = {
  security: { prudent: 0.3, mirror: 0.2, assurer: 0.2, reassurer: 0.15, generous: 0.15 },
  revisionist: { opportunist: 0.4, hawk: 0.3, prudent: 0.3 },
};

/** The policy the Strategist assumes for its own later turns in a rollout. */
export const OWN_ROLLOUT_POLICY: Record<Intent, ScriptedBotName> = {
  security: 'prudent',
  revisionist: 'opportunist',
};

export function pickRivalBot(intent: Intent, random: Random, model: Record<Intent, Mixture> = RIVAL_MODEL): ScriptedBotName {
  return pickWeighted(model[intent] as Record<ScriptedBotName, number>, random);
}

export function policyOf(name: ScriptedBotName, random: Random): RolloutPolicy {
  return { make: SCRIPTED_BOTS[name], seed: seedFrom(random) };
}
