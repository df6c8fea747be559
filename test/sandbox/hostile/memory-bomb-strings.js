// expect: OUT_OF_MEMORY orders
// Keeps making megabyte strings (each one real, not a rope of references to one).
export default () => ({
  name: 'windbag',
  chooseOrders() { const kept = []; for (;;) kept.push('x'.repeat(1 << 20) + kept.length); },
  chooseCrisis: () => 'hold',
});
