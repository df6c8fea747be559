// expect: BAD_RESULT orders
// Answers things that are not orders.
export default () => ({
  name: 'babbler',
  chooseOrders(view) { return view.turn % 2 ? 'attack at dawn' : [null, 42, { type: 'deploy', region: 7 }]; },
  chooseCrisis: () => 'nuke',
});
