// Loaded with `--require` when CLOCK_AT is set (only the visual-test server sets it): the process's
// clock starts at that instant and runs on from there, so dashboards that show "the last twelve
// months" draw the same months and bars on any day the screenshots are compared. Timers are
// untouched (they do not read Date); only `new Date()` and `Date.now()` move.
const at = Date.parse(process.env.CLOCK_AT ?? '');
if (Number.isNaN(at)) throw new Error(`CLOCK_AT is not a date: "${process.env.CLOCK_AT}"`);
const RealDate = Date;
const offset = at - RealDate.now();

// A function rather than a subclass, so that `Date()` without `new` still works and every date
// made here is a real Date (same prototype: instanceof, Prisma and JSON treat it as usual).
function ShiftedDate(...args) {
  if (!new.target) return new RealDate(RealDate.now() + offset).toString();
  return args.length === 0 ? new RealDate(RealDate.now() + offset) : new RealDate(...args);
}
ShiftedDate.prototype = RealDate.prototype;
ShiftedDate.now = () => RealDate.now() + offset;
ShiftedDate.parse = RealDate.parse;
ShiftedDate.UTC = RealDate.UTC;
globalThis.Date = ShiftedDate;
