// expect: STACK_OVERFLOW orders
// Answers a structure nested 100,000 deep: writing it out overflows the stack inside the
// sandbox, so it never reaches the host's JSON.
export default () => ({
  name: 'matryoshka',
  chooseOrders() { let a = []; for (let i = 0; i < 1e5; i++) a = [a]; return a; },
  chooseCrisis: () => 'hold',
});
