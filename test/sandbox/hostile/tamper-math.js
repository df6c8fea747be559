// expect: TAMPERING orders
// Replaces Math.random, hoping to escape its seeded stream.
export default () => ({
  name: 'gambler',
  chooseOrders() { Math.random = () => 0.5; return []; },
  chooseCrisis: () => 'hold',
});
