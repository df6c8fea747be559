/**
 * The page's handle on an AI player. `createAiPlayer` runs the Strategist in a Web
 * Worker when the platform has one (the browser), so the page stays responsive while it
 * thinks; elsewhere (Node, tests) it runs in-process and answers synchronously behind
 * the same promise-based interface. Either way the AI only ever receives a SideView —
 * hand it `view(game, state, aiSide)` and never the state.
 */
import type { CrisisChoice, Game, Order, SideView } from '../engine/index.ts';
import type { AiRequest, AiResponse, AiSettings } from './protocol.ts';
import type { AiSession } from './session.ts';
import type { Decision } from './strategist.ts';

export type { AiSettings } from './protocol.ts';

export interface AiPlayerOptions extends AiSettings {
  game: Game;
  /** Use a Web Worker when available (default true); false forces the in-process fallback. */
  worker?: boolean;
}

export interface AiPlayer {
  /** True when the AI thinks in a Web Worker. */
  readonly inWorker: boolean;
  chooseOrders(view: SideView): Promise<Order[]>;
  chooseCrisis(view: SideView): Promise<CrisisChoice>;
  /** One or two plain sentences on why the AI made its last decision. */
  explain(): Promise<string>;
  /** The same, as the rival may hear it during the game (troop postures left out). */
  explainToRival(): Promise<string>;
  /** The AI's last decision in detail (plans weighed, worlds imagined, think time). */
  lastDecision(): Decision | undefined;
  /** Stops the worker; the player cannot be used afterwards. */
  dispose(): void;
}

/** A request before it is numbered (Omit distributed over the union). */
type RequestBody = AiRequest extends infer R ? (R extends AiRequest ? Omit<R, 'id'> : never) : never;

/** Views cross to the worker as plain data; frozen log entries and all are copied. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The fallback: the Strategist on this thread, loaded only when needed (so a page whose
 * AI runs in a worker does not also carry it in its main bundle).
 */
function inProcess(options: AiPlayerOptions): AiPlayer {
  let session: AiSession | undefined;
  const open = async (): Promise<AiSession> => {
    if (!session) {
      const { AiSession: Session } = await import('./session.ts');
      session = new Session(options.game, options);
    }
    return session;
  };
  return {
    inWorker: false,
    chooseOrders: async (view) => (await open()).chooseOrders(view),
    chooseCrisis: async (view) => (await open()).chooseCrisis(view),
    explain: async () => (await open()).explain(),
    explainToRival: async () => (await open()).explainToRival(),
    lastDecision: () => session?.lastDecision(),
    dispose: () => undefined,
  };
}

function inWorker(options: AiPlayerOptions, worker: Worker): AiPlayer {
  let nextId = 1;
  let last: Decision | undefined;
  let lastExplanation = '';
  let lastForRival = '';
  const waiting = new Map<number, { resolve: (r: Extract<AiResponse, { ok: true }>) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<AiResponse>) => {
    const response = event.data;
    const handlers = waiting.get(response.id);
    if (!handlers) return;
    waiting.delete(response.id);
    if (response.ok) {
      if (response.decision) last = response.decision;
      lastExplanation = response.explanation;
      lastForRival = response.explanationForRival;
      handlers.resolve(response);
    } else handlers.reject(new Error(`AI worker: ${response.error}`));
  };
  worker.onerror = (event: ErrorEvent) => {
    const error = new Error(`AI worker failed: ${event.message}`);
    for (const h of waiting.values()) h.reject(error);
    waiting.clear();
  };
  const send = (request: RequestBody): Promise<Extract<AiResponse, { ok: true }>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as AiRequest);
    });
  const settings: AiSettings = {};
  if (options.level) settings.level = options.level;
  if (options.temperament) settings.temperament = options.temperament;
  if (options.budgetMs !== undefined) settings.budgetMs = options.budgetMs;
  if (options.seed !== undefined) settings.seed = options.seed;
  void send({ kind: 'init', scenario: plain(options.game.scenario), map: plain(options.game.map), settings }).catch(() => undefined);
  return {
    inWorker: true,
    chooseOrders: async (view) => (await send({ kind: 'orders', view: plain(view) })).orders ?? [],
    chooseCrisis: async (view) => (await send({ kind: 'crisis', view: plain(view) })).choice ?? 'hold',
    explain: async () => lastExplanation,
    explainToRival: async () => lastForRival,
    lastDecision: () => last,
    dispose: () => {
      worker.terminate();
      for (const h of waiting.values()) h.reject(new Error('AI player disposed'));
      waiting.clear();
    },
  };
}

/** An AI player: in a Web Worker in the browser, in-process elsewhere. */
export function createAiPlayer(options: AiPlayerOptions): AiPlayer {
  if (options.worker !== false && typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      return inWorker(options, worker);
    } catch {
      // A page that may not start workers (e.g. a strict CSP) still gets an AI.
    }
  }
  return inProcess(options);
}
