// expect: OUT_OF_MEMORY load
const kept = [];
for (;;) kept.push(new Array(1e5).fill(0));
export default () => ({ name: 'never', chooseOrders: () => [], chooseCrisis: () => 'hold' });
