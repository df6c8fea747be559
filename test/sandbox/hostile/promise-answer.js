// expect: BAD_RESULT orders
// An async bot: its answers are promises, which never settle in the sandbox.
export default () => ({
  name: 'procrastinator',
  async chooseOrders() { return []; },
  async chooseCrisis() { return 'hold'; },
});
