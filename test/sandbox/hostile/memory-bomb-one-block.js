// expect: OUT_OF_MEMORY orders
// Asks for one gigabyte at once.
export default () => ({
  name: 'glutton',
  chooseOrders() { return [new ArrayBuffer(2 ** 30).byteLength]; },
  chooseCrisis: () => 'hold',
});
