// expect: REACHED_OUTSIDE orders
// Looks for Node's process and require, carefully (typeof never throws).
export default () => ({
  name: 'prober',
  chooseOrders() {
    if (typeof process !== 'undefined') process.exit(1);
    if (typeof require === 'function') require('child_process').execSync('id');
    return [];
  },
  chooseCrisis: () => 'hold',
});
