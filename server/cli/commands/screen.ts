import { notAvailable } from '../notAvailable.js';

export const screenCommand = notAvailable('screen', 'screen < messages.jsonl', 'Screens patient messages (JSON lines) for red flags.');
