// expect: OUT_OF_FUEL orders
// An answer that loops when written out.
export default () => ({
  name: 'trickster',
  chooseOrders() { return { toJSON() { for (;;); } }; },
  chooseCrisis: () => 'hold',
});
