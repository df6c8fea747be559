// expect: THREW load
// Its factory throws.
export default function () { null.bot(); }
