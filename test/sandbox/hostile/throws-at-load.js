// expect: THREW load
// Throws while its module loads: it never makes a bot.
throw new TypeError('broken on purpose');
export default () => ({ name: 'never', chooseOrders: () => [], chooseCrisis: () => 'hold' });
