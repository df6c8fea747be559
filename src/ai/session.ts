/**
 * One AI player's session: the Strategist, its game and its own seeded random numbers.
 * The Web Worker and the in-process fallback both run this, so an AI decides the same
 * way wherever it runs.
 */
import { newGame, view } from '../engine/index.ts';
import type { CrisisChoice, Game, Order, SideView } from '../engine/index.ts';
import type { AiSettings } from './protocol.ts';
import { seededRandom } from './random.ts';
import type { Random } from './random.ts';
import { createStrategist } from './strategist.ts';
import type { Decision, Strategist, StrategistOptions } from './strategist.ts';

export class AiSession {
  private readonly strategist: Strategist;
  private readonly random: Random;

  constructor(
    private readonly game: Game,
    settings: AiSettings,
  ) {
    const options: StrategistOptions = { level: settings.level ?? 'normal' };
    if (settings.temperament) options.temperament = settings.temperament;
    if (settings.budgetMs !== undefined) options.budgetMs = settings.budgetMs;
    this.strategist = createStrategist(options);
    this.random = seededRandom(settings.seed ?? 1);
  }

  /**
   * Thinks once about a throw-away game so the JavaScript engine compiles the hot code
   * before the first real decision (a cold first decision takes several times its
   * budget). Uses its own Strategist and random numbers: the player's are untouched.
   */
  warmUp(): void {
    const scratch = createStrategist({ maxWorlds: 3, budgetMs: 300 });
    const state = newGame(this.game, { seed: 1 });
    if (state.phase !== 'planning') return;
    scratch.chooseOrders(view(this.game, state, 'blue'), { game: this.game, random: seededRandom(1) });
  }

  chooseOrders(sideView: SideView): Order[] {
    return this.strategist.chooseOrders(sideView, { game: this.game, random: this.random });
  }

  chooseCrisis(sideView: SideView): CrisisChoice {
    return this.strategist.chooseCrisis(sideView, { game: this.game, random: this.random });
  }

  explain(): string {
    return this.strategist.explain();
  }

  explainToRival(): string {
    return this.strategist.explainToRival();
  }

  lastDecision(): Decision | undefined {
    return this.strategist.lastDecision();
  }
}
