// expect: OUT_OF_MEMORY orders
// Fills its memory with typed arrays.
export default () => ({
  name: 'byte-hoarder',
  chooseOrders() { const kept = []; for (;;) kept.push(new Float64Array(1 << 17)); },
  chooseCrisis: () => 'hold',
});
