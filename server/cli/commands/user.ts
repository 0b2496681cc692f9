import { notAvailable } from '../notAvailable.js';

export const userCommand = notAvailable('user', 'user add --email E --role agent|clinician|admin --password-stdin', 'Creates a staff account.');
