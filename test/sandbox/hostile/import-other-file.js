// expect: FORBIDDEN_IMPORT load
// Imports another bot's file, hoping to read its strategy.
import rival from './throws-in-call.js';
export default () => ({ name: 'copycat', chooseOrders: () => rival().chooseOrders(), chooseCrisis: () => 'hold' });
