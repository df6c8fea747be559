// expect: ILLEGAL_ORDERS orders
// Well-formed orders the rules refuse: deploying in the rival's homeland, again and again.
export default () => ({
  name: 'invader',
  chooseOrders(view, ctx) {
    const rivalHome = ctx.game.regionIds.find((_, r) => view.home[r] === view.rival);
    return Array.from({ length: 5 }, () => ({ type: 'deploy', region: rivalHome, kind: 'troops', posture: 'offensive' }));
  },
  chooseCrisis: () => 'escalate',
});
