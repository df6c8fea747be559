// expect: NO_BOT load
// Forgets to export its bot.
export function bot() { return { name: 'shy', chooseOrders: () => [], chooseCrisis: () => 'hold' }; }
