/**
 * The code that runs inside a bot's QuickJS runtime before the bot: it makes the world
 * repeatable (Math.random is the bot's seeded stream, Date is frozen in time and in UTC),
 * sets traps on the names a bot would use to reach outside (process, require, fetch,
 * timers, eval, the Function constructor), and returns the harness the host calls —
 * a closure no bot code can reach.
 *
 * It is plain JavaScript in a string, not a TypeScript function turned into text: a
 * transpiler may add helpers to a function that would not exist inside the sandbox.
 *
 * The harness trusts nothing the bot can change: it keeps its own references to the
 * built-ins it uses (JSON.parse, Object.freeze, …) and never calls a method through a
 * prototype the bot could have replaced.
 */

/** Names a bot reaches for when it tries to leave the sandbox; none of them exists inside. */
export const OUTSIDE_NAMES: readonly string[] = [
  'process', 'require', 'module', 'exports', 'global', 'Buffer', '__dirname', '__filename',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'navigator', 'location',
  'window', 'self', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'caches',
  'importScripts', 'postMessage', 'Worker', 'SharedWorker', 'BroadcastChannel', 'MessageChannel',
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'queueMicrotask',
  'performance', 'crypto', 'WebAssembly', 'Deno', 'Bun', 'os', 'std', 'scriptArgs', 'print',
  'SharedArrayBuffer', 'Atomics',
];

/**
 * Evaluated as a global script, it yields `function (host)`: `host.random()` is the
 * seeded stream of the current decision and `host.fuelLeft()` the fuel it has left.
 * Called once, it returns the harness.
 */
export const PRELUDE = String.raw`(function prelude(host, FIXED_TIME, OUTSIDE, MAX_RESULT, MAX_LOG) {
  'use strict';
  const g = globalThis;
  const ObjectCtor = Object, ReflectObj = Reflect, JSONObj = JSON, MathObj = Math;
  const parse = JSONObj.parse, stringify = JSONObj.stringify;
  const freeze = ObjectCtor.freeze, defineProperty = ObjectCtor.defineProperty;
  const getDescriptor = ObjectCtor.getOwnPropertyDescriptor, getPrototypeOf = ObjectCtor.getPrototypeOf;
  const ownKeys = ReflectObj.ownKeys, apply = ReflectObj.apply;
  const StringCtor = String;
  const ErrorCtor = Error, InternalErrorCtor = g.InternalError;
  const hostRandom = host.random, hostFuelLeft = host.fuelLeft;

  // What the bot did that it should not have; read and cleared by the host after each call.
  let reachedFor = '';
  const reach = (what) => { if (reachedFor === '') reachedFor = what; };

  // ---- Randomness and time: the same in every run of the game.
  defineProperty(MathObj, 'random', { value: function random() { return hostRandom(); }, writable: true, configurable: true });
  const seededRandom = MathObj.random;
  const RealDate = Date;
  const realUTC = RealDate.UTC, realParse = RealDate.parse;
  const isoWithoutZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
  // A date written without a time zone is read as UTC, not in the machine's zone.
  function parseUTC(text) {
    const s = StringCtor(text);
    if (isoWithoutZone.test(s)) return realParse(s + 'Z');
    const asUTC = realParse(s + ' GMT');
    return asUTC === asUTC ? asUTC : realParse(s);
  }
  // Dates are frozen at FIXED_TIME and read in UTC, so no bot sees the machine's clock or
  // time zone. new Date(y, m, d) is taken as UTC for the same reason.
  function FixedDate(...args) {
    if (new.target === undefined) return new RealDate(FIXED_TIME).toUTCString();
    if (args.length === 0) return new RealDate(FIXED_TIME);
    if (args.length === 1) return new RealDate(typeof args[0] === 'string' ? parseUTC(args[0]) : args[0]);
    return new RealDate(apply(realUTC, undefined, args));
  }
  FixedDate.prototype = RealDate.prototype;
  FixedDate.now = function now() { return FIXED_TIME; };
  FixedDate.UTC = realUTC;
  FixedDate.parse = function parse(text) { return parseUTC(text); };
  const DateProto = RealDate.prototype;
  defineProperty(DateProto, 'constructor', { value: FixedDate, writable: true, configurable: true });
  for (const name of ['FullYear', 'Month', 'Date', 'Day', 'Hours', 'Minutes', 'Seconds', 'Milliseconds']) {
    defineProperty(DateProto, 'get' + name, { value: DateProto['getUTC' + name], writable: true, configurable: true });
    if (name !== 'Day') defineProperty(DateProto, 'set' + name, { value: DateProto['setUTC' + name], writable: true, configurable: true });
  }
  const getUTCFullYear = DateProto.getUTCFullYear;
  defineProperty(DateProto, 'getYear', { value: function getYear() { return apply(getUTCFullYear, this, []) - 1900; }, writable: true, configurable: true });
  defineProperty(DateProto, 'getTimezoneOffset', { value: function getTimezoneOffset() { return 0; }, writable: true, configurable: true });
  for (const name of ['toString', 'toLocaleString', 'toDateString', 'toLocaleDateString', 'toTimeString', 'toLocaleTimeString'])
    defineProperty(DateProto, name, { value: DateProto.toUTCString, writable: true, configurable: true });
  defineProperty(g, 'Date', { value: FixedDate, writable: true, configurable: true });

  // ---- No code from strings at run time: eval and the Function constructors are traps.
  // (They are the classic escape, and QuickJS's parser needs more native stack than its
  // stack limit accounts for.)
  function refuseCode() { reach('the Function constructor or eval'); throw new ErrorCtor('code from strings is not available in the sandbox'); }
  const FunctionProto = Function.prototype;
  const codeMakers = [FunctionProto, getPrototypeOf(function* () {}), getPrototypeOf(async function () {}), getPrototypeOf(async function* () {})];
  for (const proto of codeMakers) defineProperty(proto, 'constructor', { value: refuseCode, writable: true, configurable: true });
  refuseCode.prototype = FunctionProto;
  defineProperty(g, 'Function', { value: refuseCode, writable: true, configurable: true });
  defineProperty(g, 'eval', { value: refuseCode, writable: true, configurable: true });
  delete g.SharedArrayBuffer; // nothing to share with (and Atomics.wait could block): trapped below

  // ---- Traps on the outside world: reading any of these names is a fault.
  for (const name of OUTSIDE) {
    if (getDescriptor(g, name)) continue;
    defineProperty(g, name, { get() { reach(name); return undefined; }, set() { reach(name); }, configurable: false, enumerable: false });
  }

  // ---- console: lines kept for the host (capped), never printed from inside.
  const logLines = [];
  let logChars = 0;
  function logger(level) {
    return function (...parts) {
      if (logChars > MAX_LOG) return;
      let line = level;
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        let text;
        try { text = typeof p === 'string' ? p : stringify(p); } catch (e) { text = '[unprintable]'; }
        line += ' ' + StringCtor(text);
      }
      logChars += line.length;
      logLines[logLines.length] = line.length > 500 ? line.slice(0, 500) + '…' : line;
    };
  }
  defineProperty(g, 'console', { value: freeze({ log: logger('log'), info: logger('info'), warn: logger('warn'), error: logger('error'), debug: logger('debug') }), writable: true, configurable: true });

  // ---- Tampering: the built-ins as they are now, to compare after the bot has run.
  // Every built-in after loading (once per runtime), the common ones after each call.
  const COMMON = [Object.prototype, Array.prototype, FunctionProto, String.prototype, Number.prototype, Boolean.prototype,
    Symbol.prototype, Promise.prototype, Error.prototype, MathObj, JSONObj, ObjectCtor, Array, ReflectObj, Symbol, Number, String, Promise, ErrorCtor];
  const everyBuiltin = [];
  const seen = new Set();
  function addBuiltin(o) {
    if ((typeof o === 'object' || typeof o === 'function') && o !== null && !seen.has(o)) { seen.add(o); everyBuiltin[everyBuiltin.length] = o; }
  }
  for (const o of COMMON) addBuiltin(o);
  const globalNames = ownKeys(g);
  for (const k of globalNames) {
    const d = getDescriptor(g, k);
    if (d && 'value' in d) { addBuiltin(d.value); if (typeof d.value === 'function') addBuiltin(d.value.prototype); }
  }
  for (const o of codeMakers) addBuiltin(o);
  addBuiltin(getPrototypeOf(function* () {}).prototype);
  addBuiltin(getPrototypeOf([][Symbol.iterator]()));
  addBuiltin(getPrototypeOf(getPrototypeOf([][Symbol.iterator]())));
  addBuiltin(getPrototypeOf(''[Symbol.iterator]()));
  addBuiltin(getPrototypeOf(new Map()[Symbol.iterator]()));
  addBuiltin(getPrototypeOf(new Set()[Symbol.iterator]()));
  addBuiltin(getPrototypeOf(Uint8Array));
  addBuiltin(getPrototypeOf(Uint8Array).prototype);
  // A property that can neither be written nor reconfigured cannot change: not checked.
  function snapshot(o, name, keysFixed) {
    const keys = ownKeys(o);
    const watched = [], values = [], isData = [];
    for (let i = 0; i < keys.length; i++) {
      const d = getDescriptor(o, keys[i]);
      if (d === undefined || (!d.configurable && !d.writable)) continue; // (an accessor has no 'writable')
      const n = watched.length;
      watched[n] = keys[i];
      isData[n] = 'value' in d;
      values[n] = isData[n] ? d.value : d.get;
    }
    return { o, name, keyCount: keys.length, keys: watched, values, isData, keysFixed };
  }
  // Names for messages ("Array.prototype"), from one pass over the globals.
  const names = new Map();
  for (const k of globalNames) {
    const d = getDescriptor(g, k);
    if (!d || !('value' in d) || (typeof d.value !== 'object' && typeof d.value !== 'function') || d.value === null) continue;
    if (!names.has(d.value)) names.set(d.value, StringCtor(k));
    if (typeof d.value === 'function' && d.value.prototype && !names.has(d.value.prototype)) names.set(d.value.prototype, StringCtor(k) + '.prototype');
  }
  const nameOf = (o) => names.get(o) || 'a built-in';
  const commonSnapshots = [];
  for (const o of COMMON) commonSnapshots[commonSnapshots.length] = snapshot(o, nameOf(o), true);
  commonSnapshots[commonSnapshots.length] = snapshot(g, 'globalThis', false);
  const everySnapshot = [];
  for (const o of everyBuiltin) everySnapshot[everySnapshot.length] = snapshot(o, nameOf(o), true);
  everySnapshot[everySnapshot.length] = snapshot(g, 'globalThis', false);

  // The first change found ("Array.prototype.map"), or ''. A data property is read
  // directly (fast); had the bot turned it into a getter, the getter would run here and
  // could hide its change — which would only fool the bot's own instance.
  function changed(snapshots) {
    for (let i = 0; i < snapshots.length; i++) {
      const s = snapshots[i];
      const o = s.o, keys = s.keys, values = s.values, isData = s.isData;
      if (s.keysFixed && ownKeys(o).length !== s.keyCount) return s.name + ' (a property added or removed)';
      for (let j = 0; j < keys.length; j++) {
        let same;
        if (isData[j]) {
          const now = o[keys[j]];
          same = now === values[j] || (now !== now && values[j] !== values[j]);
        } else {
          const d = getDescriptor(o, keys[j]);
          same = d !== undefined && d.get === values[j];
        }
        if (!same) return s.name + '.' + StringCtor(keys[j]);
      }
    }
    return '';
  }

  // ---- The game, the bot, and the view's append-only logs kept between decisions.
  let game;
  let bot;
  const logs = { publicLog: [], crisisHistory: [], observations: [], ledger: [] };

  function extend(name, tail) {
    const kept = logs[name];
    if (tail.from !== kept.length) throw new ErrorCtor('sandbox: view log "' + name + '" out of step');
    const items = tail.items;
    for (let i = 0; i < items.length; i++) kept[kept.length] = freeze(items[i]);
    const copy = [];
    for (let i = 0; i < kept.length; i++) copy[i] = kept[i];
    return copy;
  }

  // What the bot did wrong beyond its answer: 'O' + what it reached for, 'T' + what it changed, or ''.
  function misconduct(everything) {
    if (reachedFor !== '') { const what = reachedFor; reachedFor = ''; return 'O' + what; }
    const what = changed(everything ? everySnapshot : commonSnapshots);
    return what === '' ? '' : 'T' + what;
  }

  function isBot(x) {
    return (typeof x === 'object' || typeof x === 'function') && x !== null && typeof x.chooseOrders === 'function' && typeof x.chooseCrisis === 'function';
  }

  function answer(value) {
    if ((typeof value === 'object' || typeof value === 'function') && value !== null && typeof value.then === 'function')
      return 'B' + 'a promise (bots answer at once: no async)';
    let text;
    try { text = stringify(value); } catch (e) {
      if (InternalErrorCtor !== undefined && e instanceof InternalErrorCtor) throw e; // out of memory, stack overflow
      return 'B' + 'an answer that is not plain data (' + StringCtor(e && e.message) + ')';
    }
    if (typeof text !== 'string') return 'B' + 'nothing (' + typeof value + ')';
    if (text.length > MAX_RESULT) return 'L' + text.length;
    return 'R' + text;
  }

  return {
    // The static game for this runtime's games (the scenario and map, public data).
    setGame(api, gameJson) {
      const data = parse(gameJson);
      game = api.createGame(data.scenario, data.map);
    },
    // Takes the bot from the student's module: its default export, a bot or a factory.
    adopt(namespace) {
      const exported = namespace.default;
      const made = typeof exported === 'function' && !isBot(exported) ? exported() : exported;
      if (!isBot(made)) return 'N' + (exported === undefined ? 'no default export' : 'the default export is not a bot (it needs chooseOrders and chooseCrisis)');
      bot = made;
      const name = bot.name;
      return 'R' + (typeof name === 'string' ? name.slice(0, 60) : '');
    },
    // One decision: the view (lean JSON: its logs sent as new entries only) in, the answer
    // out ('R' + JSON, 'B' + what is wrong with it, 'L' + its length if too long), or what
    // the bot did wrong meanwhile ('O…', 'T…').
    decide(kind, leanJson) {
      const lean = parse(leanJson);
      const view = lean.view;
      view.publicLog = extend('publicLog', lean.tails.publicLog);
      view.crisisHistory = extend('crisisHistory', lean.tails.crisisHistory);
      view.me.observations = extend('observations', lean.tails.observations);
      view.me.ledger = extend('ledger', lean.tails.ledger);
      const ctx = { game, random: seededRandom, fuelLeft: hostFuelLeft };
      const value = kind === 'orders' ? bot.chooseOrders(view, ctx) : bot.chooseCrisis(view, ctx);
      const text = answer(value);
      // Checked here rather than in a second call from the host: one crossing per decision.
      const wrong = misconduct(false);
      return wrong === '' ? text : wrong;
    },
    explain() {
      if (typeof bot.explain !== 'function') return '';
      const text = bot.explain();
      return typeof text === 'string' ? text.slice(0, 1000) : '';
    },
    misconduct,
    drainLog() {
      if (logLines.length === 0) return '';
      const text = logLines.join('\n');
      logLines.length = 0;
      logChars = 0;
      return text;
    },
  };
})`;
