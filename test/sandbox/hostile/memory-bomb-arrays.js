// expect: OUT_OF_MEMORY orders
// Fills its memory with arrays, keeping them all.
export default () => ({
  name: 'hoarder',
  chooseOrders() { const kept = []; for (;;) kept.push(new Array(100000).fill(kept.length)); },
  chooseCrisis: () => 'hold',
});
