/**
 * A sandboxed bot's answer, read on the host as untrusted JSON: only well-formed orders
 * (plain objects with the fields their type has, as strings) reach the engine, which then
 * judges them by the rules like a human's. Garbage is BAD_RESULT; well-formed orders the
 * rules refuse are ILLEGAL_ORDERS.
 */
import { CRISIS_CHOICES, ORDER_CATEGORY, orderFields, validateOrders } from '../../engine/index.ts';
import type { CrisisChoice, Game, Order, OrderType, SideView } from '../../engine/index.ts';
import { clip } from './faults.ts';
import type { FaultCode } from './faults.ts';

export type Reading<T> = { ok: true; value: T } | { ok: false; code: FaultCode; message: string };

const LONGEST_FIELD = 100;
const MOST_ORDERS = 100;

function parse(text: string): Reading<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, code: 'BAD_RESULT', message: clip(`It answered something that is not JSON (${e instanceof Error ? e.message : String(e)}).`) };
  }
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One order rebuilt from known fields only, or why it is not an order. */
function readOrder(raw: unknown, index: number): Reading<Order> {
  const where = `order ${index + 1}`;
  if (!isPlainObject(raw)) return { ok: false, code: 'BAD_RESULT', message: `Its ${where} is not an object.` };
  const type = raw.type;
  if (typeof type !== 'string' || !Object.hasOwn(ORDER_CATEGORY, type))
    return { ok: false, code: 'BAD_RESULT', message: clip(`Its ${where} has no known type (${JSON.stringify(type) ?? 'none'}).`) };
  const order: Record<string, string> = { type };
  // The engine's own list of each order type's fields: nothing else is copied across.
  const { required, optional: mayHave } = orderFields(type as OrderType);
  for (const [key, optional] of [...required.map((f) => [f, false] as const), ...mayHave.map((f) => [f, true] as const)]) {
    const value = raw[key];
    if (value === undefined && optional) continue;
    if (typeof value !== 'string' || value.length > LONGEST_FIELD)
      return { ok: false, code: 'BAD_RESULT', message: clip(`Its ${where} (${type}) needs "${key}" as a short string.`) };
    order[key] = value;
  }
  return { ok: true, value: order as unknown as Order };
}

/** The orders in a bot's answer, checked by the rules against its own view. */
export function readOrders(text: string, game: Game, view: SideView): Reading<Order[]> {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (!Array.isArray(raw)) return { ok: false, code: 'BAD_RESULT', message: 'It answered something that is not a list of orders.' };
  if (raw.length > MOST_ORDERS) return { ok: false, code: 'BAD_RESULT', message: `It answered ${raw.length} orders.` };
  const orders: Order[] = [];
  for (let i = 0; i < raw.length; i++) {
    const order = readOrder(raw[i], i);
    if (!order.ok) return order;
    orders.push(order.value);
  }
  const refusal = validateOrders(game, view, view.side, orders);
  if (refusal) return { ok: false, code: 'ILLEGAL_ORDERS', message: clip(`The rules refuse its orders: ${refusal.code} — ${refusal.message}`) };
  return { ok: true, value: orders };
}

/** The crisis choice in a bot's answer. */
export function readCrisisChoice(text: string): Reading<CrisisChoice> {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  const choice = parsed.value;
  if (typeof choice === 'string' && (CRISIS_CHOICES as readonly string[]).includes(choice)) return { ok: true, value: choice as CrisisChoice };
  return { ok: false, code: 'BAD_RESULT', message: clip(`It answered ${JSON.stringify(choice) ?? 'nothing'} in a crisis (${CRISIS_CHOICES.join(', ')}).`) };
}
