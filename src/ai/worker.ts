/**
 * The Strategist in a Web Worker, so the page never freezes while it thinks. The page
 * sends the scenario and map once ('init'), then one side's view per decision; the
 * worker answers with orders or a crisis choice and the AI's explanation. It never
 * receives anything but a view.
 */
import { createGame } from '../engine/index.ts';
import type { AiRequest, AiResponse } from './protocol.ts';
import { AiSession } from './session.ts';

interface WorkerScope {
  onmessage: ((event: { data: AiRequest }) => void) | null;
  postMessage(message: AiResponse): void;
}

const scope = globalThis as unknown as WorkerScope;
let session: AiSession | undefined;

function answer(request: AiRequest): AiResponse {
  if (request.kind === 'init') {
    session = new AiSession(createGame(request.scenario, request.map), request.settings);
    session.warmUp();
    return { id: request.id, ok: true, explanation: '', explanationForRival: '' };
  }
  if (!session) return { id: request.id, ok: false, error: 'The AI worker was not initialised.' };
  switch (request.kind) {
    case 'orders': {
      const orders = session.chooseOrders(request.view);
      return withDecision({ id: request.id, ok: true, orders, ...explanations(session) }, session);
    }
    case 'crisis': {
      const choice = session.chooseCrisis(request.view);
      return withDecision({ id: request.id, ok: true, choice, ...explanations(session) }, session);
    }
    case 'explain':
      return withDecision({ id: request.id, ok: true, ...explanations(session) }, session);
  }
}

function explanations(s: AiSession): { explanation: string; explanationForRival: string } {
  return { explanation: s.explain(), explanationForRival: s.explainToRival() };
}

function withDecision(response: Extract<AiResponse, { ok: true }>, s: AiSession): AiResponse {
  const decision = s.lastDecision();
  if (decision) response.decision = decision;
  return response;
}

scope.onmessage = (event) => {
  let response: AiResponse;
  try {
    response = answer(event.data);
  } catch (e) {
    response = { id: event.data.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(response);
};
