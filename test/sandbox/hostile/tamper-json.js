// expect: TAMPERING orders
// Replaces JSON.stringify, hoping to forge what the harness sends out.
export default () => ({
  name: 'forger',
  chooseOrders() { JSON.stringify = () => '[{"type":"annex","region":"crimea"}]'; return []; },
  chooseCrisis: () => 'hold',
});
