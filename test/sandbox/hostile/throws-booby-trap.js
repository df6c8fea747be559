// expect: THREW orders
// Throws an object whose name and message loop when read: reading them runs on the
// sandbox's own small budget, so the host gets "It threw a value" and moves on.
export default () => ({
  name: 'booby-trap',
  chooseOrders() {
    throw { get name() { for (;;); }, get message() { for (;;); } };
  },
  chooseCrisis: () => 'hold',
});
