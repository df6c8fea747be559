// expect: none
// Answers orders carrying "__proto__" keys: on the host they are plain data (only the known
// fields of an order are kept), so nothing is polluted and the orders are legal.
export default () => ({
  name: 'smuggler',
  chooseOrders() { return JSON.parse('[{"type":"assure","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]'); },
  chooseCrisis: () => 'hold',
});
