import { notAvailable } from '../notAvailable.js';

export const auditCommand = notAvailable('audit', 'audit verify', "Checks the audit log's hash chain.");
