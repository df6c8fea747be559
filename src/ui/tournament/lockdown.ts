/**
 * Takes from a worker's global scope everything that reaches outside the worker: the
 * network, storage, timers' cousins that start other threads, and the ways to load more
 * code. Student bots run inside QuickJS and never see these names at all; this is the
 * wall behind that one, should the sandbox ever fail. The worker keeps postMessage, its
 * one line to the page, which only accepts the few messages of protocol.ts.
 */
export const OUTSIDE_NAMES = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebTransport',
  'EventSource',
  'importScripts',
  'indexedDB',
  'caches',
  'cookieStore',
  'BroadcastChannel',
  'Worker',
  'SharedWorker',
  'RTCPeerConnection',
  'Request',
  'Response',
  'FileReaderSync',
  // Not navigator: the sandbox's loading fails if it cannot be redefined (seen: "Cannot redefine property: navigator"); a worker's navigator reaches no network by itself.
] as const;

/** Makes each outside name undefined, for good: neither writable nor configurable. */
export function lockDown(scope: Record<string, unknown>): void {
  for (const name of OUTSIDE_NAMES) {
    try {
      Object.defineProperty(scope, name, { value: undefined, writable: false, configurable: false, enumerable: false });
    } catch {
      // Already locked (a second call): nothing to do.
    }
  }
}
