// expect: RESULT_TOO_LARGE orders
// Answers twenty thousand orders (well over the 64 KiB an answer may take).
export default () => ({
  name: 'bureaucrat',
  chooseOrders() { return Array.from({ length: 20000 }, () => ({ type: 'assure' })); },
  chooseCrisis: () => 'hold',
});
