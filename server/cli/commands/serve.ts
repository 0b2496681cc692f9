import { notAvailable } from '../notAvailable.js';

export const serveCommand = notAvailable('serve', 'serve', 'Runs the PlainCare server.');
