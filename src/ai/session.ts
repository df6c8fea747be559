/**
 * One AI player's session: the Strategist, its game and its own seeded random numbers.
 * The Web Worker and the in-process fallback both run this, so an AI decides the same
 * way wherever it runs.
 */
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

  chooseOrders(view: SideView): Order[] {
    return this.strategist.chooseOrders(view, { game: this.game, random: this.random });
  }

  chooseCrisis(view: SideView): CrisisChoice {
    return this.strategist.chooseCrisis(view, { game: this.game, random: this.random });
  }

  explain(): string {
    return this.strategist.explain();
  }

  lastDecision(): Decision | undefined {
    return this.strategist.lastDecision();
  }
}
