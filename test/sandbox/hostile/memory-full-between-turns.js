// expect: OUT_OF_MEMORY orders
// Fills its memory to the brim, catches the out-of-memory error and returns normally,
// keeping everything: the next view no longer fits, which is its fault, not the host's.
const kept = [];
export default () => ({
  name: 'brim',
  chooseOrders() {
    try { for (;;) kept.push(new Array(1000).fill(0)); } catch { /* full */ }
    try { for (;;) kept.push([kept.length]); } catch { /* fuller */ }
    return [];
  },
  chooseCrisis: () => 'hold',
});
