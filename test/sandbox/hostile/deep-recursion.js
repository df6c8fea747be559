// expect: STACK_OVERFLOW orders
// Recurses without end.
function down(n) { return down(n + 1) + 1; }
export default () => ({ name: 'diver', chooseOrders() { return down(0); }, chooseCrisis: () => 'hold' });
