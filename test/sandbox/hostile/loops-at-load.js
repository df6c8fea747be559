// expect: OUT_OF_FUEL load
// An endless loop at the top level of its module.
let n = 0;
for (;;) n++;
export default () => ({ name: 'never', chooseOrders: () => [], chooseCrisis: () => 'hold' });
