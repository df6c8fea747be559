// expect: TAMPERING load
// "Polyfills" a built-in as its module loads.
Array.prototype.last = function () { return this[this.length - 1]; };
export default () => ({ name: 'polyfiller', chooseOrders: () => [], chooseCrisis: () => 'hold' });
