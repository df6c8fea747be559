// expect: TAMPERING orders
// Pollutes Object.prototype.
export default () => ({
  name: 'polluter',
  chooseOrders() { Object.prototype.polluted = true; return []; },
  chooseCrisis: () => 'hold',
});
