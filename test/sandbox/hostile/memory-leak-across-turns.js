// expect: OUT_OF_MEMORY orders
// Keeps 6 MiB more every turn, until its memory is full (on the fifth turn); it then
// starts afresh, as freshly loaded (forgetting everything), and plays again.
const kept = [];
export default () => ({
  name: 'leaker',
  chooseOrders() { kept.push(new Uint8Array(6 << 20)); return []; },
  chooseCrisis: () => 'hold',
});
