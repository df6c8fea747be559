/**
 * Messages between the page and the Strategist's Web Worker. Everything is plain
 * data (structured-cloneable): a view in, orders or a crisis choice out.
 */
import type { CrisisChoice, GameMap, Order, Scenario, SideView } from '../engine/index.ts';
import type { Decision, Level, Temperament } from './strategist.ts';

/** How an AI player is set up: the same in the worker and in the in-process fallback. */
export interface AiSettings {
  level?: Level;
  temperament?: Partial<Temperament>;
  /** Think time per decision in ms (default: the level's). */
  budgetMs?: number;
  /** Seed of the AI's own random numbers (default 1). */
  seed?: number;
}

export type AiRequest =
  | { id: number; kind: 'init'; scenario: Scenario; map: GameMap; settings: AiSettings }
  | { id: number; kind: 'orders'; view: SideView }
  | { id: number; kind: 'crisis'; view: SideView }
  | { id: number; kind: 'explain' };

export type AiResponse =
  | { id: number; ok: true; orders?: Order[]; choice?: CrisisChoice; explanation: string; explanationForRival: string; decision?: Decision }
  | { id: number; ok: false; error: string };
