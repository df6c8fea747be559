// expect: FORBIDDEN_IMPORT load
// Imports the file system.
import { readFileSync } from 'node:fs';
export default () => ({ name: 'reader', chooseOrders: () => [readFileSync('/etc/passwd', 'utf8')], chooseCrisis: () => 'hold' });
