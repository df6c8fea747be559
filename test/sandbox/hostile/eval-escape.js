// expect: REACHED_OUTSIDE orders
// Indirect eval, to reach the global scope.
export default () => ({
  name: 'evaluator',
  chooseOrders() { (0, eval)('1 + 1'); return []; },
  chooseCrisis: () => 'hold',
});
