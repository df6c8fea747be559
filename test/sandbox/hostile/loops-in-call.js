// expect: OUT_OF_FUEL orders
// An endless loop in every decision (the interrupt cannot be caught).
export default () => ({
  name: 'spinner',
  chooseOrders() { for (;;) { try { for (;;); } catch { /* an interrupt is not catchable */ } } },
  chooseCrisis() { for (;;); },
});
