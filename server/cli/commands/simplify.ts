import { notAvailable } from '../notAvailable.js';

export const simplifyCommand = notAvailable('simplify', 'simplify [--lang L] [--target-grade N] [--json] [FILE|-]', 'Rewrites a clinical text in plain language.');
