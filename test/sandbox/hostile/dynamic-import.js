// expect: BAD_RESULT orders
// A dynamic import returns a promise that never settles in the sandbox: nothing is loaded,
// and an answer that is a promise is no answer.
export default () => ({
  name: 'importer',
  chooseOrders() { return import('node:child_process').then((cp) => cp.execSync('id')); },
  chooseCrisis: () => 'hold',
});
