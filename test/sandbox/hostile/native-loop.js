// expect: TIMEOUT orders
// limits: {"backstopMs": 300}
// A loop over a big native call: QuickJS reaches its interrupt handler only every ~10,000
// turns, so fuel cannot stop it in time; the wall-clock backstop does, and a bot that had
// to be stopped by the clock is disqualified (its later decisions fault as DISQUALIFIED).
const text = JSON.stringify(Array.from({ length: 60 }, (_, i) => ({ i, list: [1, 2, 3], name: 'entry' })));
export default () => ({
  name: 'parser',
  chooseOrders() { for (;;) JSON.parse(text); },
  chooseCrisis: () => 'hold',
});
