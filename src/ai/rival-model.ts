/**
 * How the Strategist expects a rival of each intent to play: a mixture of the scripted
 * bots, each standing for one way of playing. The prior says how security seekers and
 * revisionists tend to play; the opponent model (opponent-model.ts) sharpens it from the
 * rival's public moves. A world's rival is one draw from the mixture of its (sampled)
 * intent, kept for the whole rollout, so the search meets consistent personalities.
 */
import { seedFrom } from '../engine/index.ts';
import type { Intent } from '../engine/index.ts';
import { SCRIPTED_BOTS } from '../bots/scripted.ts';
import type { ScriptedBotName } from '../bots/scripted.ts';
import type { Random } from './random.ts';
import type { RolloutPolicy } from './rollout.ts';

export type Mixture = Record<ScriptedBotName, number>;

/**
 * Prior weights of each kind of player given the rival's intent. Security seekers tend
 * to play prudently, reciprocate or reassure; revisionists to press opportunities or
 * build up. Every kind keeps some weight, so evidence can find it; an erratic player gets
 * the same weight under both intents, since its play says nothing about what it wants.
 */
export const RIVAL_MODEL: Record<Intent, Mixture> = {
  security: { prudent: 0.2, mirror: 0.14, assurer: 0.14, reassurer: 0.12, generous: 0.12, dove: 0.08, hawk: 0.06, opportunist: 0.04, random: 0.1 },
  revisionist: { opportunist: 0.3, hawk: 0.24, prudent: 0.16, mirror: 0.06, generous: 0.04, assurer: 0.04, reassurer: 0.03, dove: 0.03, random: 0.1 },
};

/** How each kind of player looks from across the table, for explanations. */
export const PLAY_STYLE: Record<ScriptedBotName, string> = {
  random: 'erratically',
  dove: 'like a dove',
  hawk: 'like a hawk',
  mirror: 'tit for tat',
  generous: 'tit for tat, with some forgiveness',
  reassurer: 'like someone set on reassuring me',
  assurer: 'cautiously, with words of peace',
  prudent: 'prudently, building up only as threatened',
  opportunist: 'like an opportunist',
};

export function policyOf(name: ScriptedBotName, random: Random): RolloutPolicy {
  return { make: SCRIPTED_BOTS[name], seed: seedFrom(random) };
}
