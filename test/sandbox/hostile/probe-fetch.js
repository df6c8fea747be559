// expect: REACHED_OUTSIDE orders
// Tries to phone home through globalThis.
export default () => ({
  name: 'phoner',
  chooseOrders() {
    const g = globalThis;
    for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket']) if (g[name]) g[name]('https://example.com/');
    return [];
  },
  chooseCrisis: () => 'hold',
});
