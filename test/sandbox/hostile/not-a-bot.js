// expect: NO_BOT load
// Exports something that is not a bot.
export default { name: 'half', chooseOrders: () => [] };
