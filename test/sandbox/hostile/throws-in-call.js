// expect: THREW orders
// Throws in every decision: each turn becomes "no orders", and the game goes on.
export default () => ({
  name: 'thrower',
  chooseOrders() { throw new Error('nothing to see here'); },
  chooseCrisis() { throw new Error('nor here'); },
});
