// expect: REACHED_OUTSIDE orders
// The classic escape: the Function constructor, to run code outside the module's scope.
export default () => ({
  name: 'escapist',
  chooseOrders() {
    const process = (function () {}).constructor('return this.process || globalThis.process')();
    return process ? [{ type: 'assure' }] : [];
  },
  chooseCrisis: () => 'hold',
});
