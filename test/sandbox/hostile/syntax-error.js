// expect: SYNTAX_ERROR load
// Does not parse.
export default () => ({ name: 'typo', chooseOrders() { return [ }, chooseCrisis: () => 'hold' });
