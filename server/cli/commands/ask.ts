import { notAvailable } from '../notAvailable.js';

export const askCommand = notAvailable('ask', 'ask [--lang L] [--json] "question"', 'Answers one patient question through the chat pipeline.');
