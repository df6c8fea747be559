/**
 * Runs the AI side of a game against the AI. Whenever the session owes the AI a
 * decision (`Session.aiTask`: the AI's own view and nothing else) it asks the Strategist,
 * which thinks in a Web Worker so the page stays responsive, and hands the answer back
 * (`Session.submitAi`). It starts as soon as the decision is open — while the player is
 * still reading or planning — so the player rarely waits. The player's draft orders live
 * only in the session and never reach it.
 */
import { createAiPlayer } from '../ai/client.ts';
import type { AiPlayer, AiPlayerOptions } from '../ai/client.ts';
import type { AiStatus } from './aiGame.ts';
import type { AiAnswer, AiTask, Session } from './session/session.ts';

export type { AiStatus } from './aiGame.ts';

export class AiDriver {
  private player: AiPlayer;
  /** The decision being thought about, by key. */
  private current: string | undefined;
  private disposed = false;
  private statusNow: AiStatus = 'idle';
  /** Why the last decision failed, in words, when it did. */
  problem = '';

  constructor(
    private readonly session: Session,
    private readonly onStatus: (status: AiStatus) => void,
    /** How AI players are made (tests put in failing ones). */
    private readonly createPlayer: (options: AiPlayerOptions) => AiPlayer = createAiPlayer,
  ) {
    this.player = createPlayer(this.options(true));
    session.onChange(() => this.poke());
  }

  get status(): AiStatus {
    return this.statusNow;
  }

  /** Starts thinking if the session owes the AI a decision it is not already working on. */
  poke(): void {
    if (this.disposed) return;
    const task = this.session.aiTask();
    if (!task || task.key === this.current) return;
    this.current = task.key;
    this.setStatus('thinking');
    void this.decide(task).then((answer) => {
      if (this.disposed || this.current !== task.key) return;
      this.current = undefined;
      if (this.statusNow === 'thinking') this.statusNow = 'idle';
      // Submitting may open the AI's next decision at once (a new year): poke() runs again from onChange.
      const refused = this.session.submitAi(task.key, answer);
      this.onStatus(this.statusNow);
      if (refused && this.session.aiTask()?.key === task.key) {
        // The engine refused the AI's orders (a bug, not a rule the player broke): it holds still.
        const message = refused.message;
        this.fail(`the rules refused its orders (${message})`);
        this.session.submitAi(task.key, { orders: [], choice: 'hold', explanation: `My orders were refused (${message}), so I held still.` });
      }
    });
  }

  dispose(): void {
    this.disposed = true;
    this.player.dispose();
  }

  private options(worker: boolean): AiPlayerOptions {
    const ai = this.session.opponent;
    if (!ai) throw new Error('AiDriver needs a game against the AI');
    return { game: this.session.game, level: ai.level, temperament: ai.temperament, seed: ai.seed, worker };
  }

  /**
   * Asks the AI; if its worker fails, asks again on this thread; if that fails too, the
   * AI holds still this time and the player is told why.
   */
  private async decide(task: AiTask): Promise<AiAnswer> {
    try {
      return await this.ask(task);
    } catch (first) {
      if (this.disposed || !this.player.inWorker) return this.giveUp(first);
      this.player.dispose();
      this.player = this.createPlayer(this.options(false));
      try {
        return await this.ask(task);
      } catch (second) {
        return this.giveUp(second);
      }
    }
  }

  private async ask(task: AiTask): Promise<AiAnswer> {
    const words = async () => ({ explanation: await this.player.explain(), explanationForRival: await this.player.explainToRival() });
    if (task.kind === 'crisis') {
      const choice = await this.player.chooseCrisis(task.view);
      return { choice, ...(await words()) };
    }
    const orders = await this.player.chooseOrders(task.view);
    return { orders, ...(await words()) };
  }

  private giveUp(error: unknown): AiAnswer {
    const message = error instanceof Error ? error.message : String(error);
    this.fail(`could not think (${message})`);
    return { orders: [], choice: 'hold', explanation: 'Something went wrong in my thinking, so I held still this time.' };
  }

  private fail(why: string): void {
    this.problem = `The AI ${why}; it held still this time.`;
    console.warn(this.problem);
    this.setStatus('failed');
  }

  private setStatus(status: AiStatus): void {
    this.statusNow = status;
    this.onStatus(status);
  }
}
