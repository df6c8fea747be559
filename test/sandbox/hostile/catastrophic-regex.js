// expect: OUT_OF_FUEL orders
// A regular expression that backtracks for ever: stopped by fuel like a loop.
export default () => ({
  name: 'backtracker',
  chooseOrders() { /(a+)+b/.test('a'.repeat(40)); return []; },
  chooseCrisis: () => 'hold',
});
