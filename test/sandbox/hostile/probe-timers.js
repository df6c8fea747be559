// expect: REACHED_OUTSIDE orders
// Tries to act later, after its decision, with a timer.
export default () => ({
  name: 'sleeper',
  chooseOrders() { setTimeout(() => {}, 0); return []; },
  chooseCrisis: () => 'hold',
});
