/** The `prevHash` of the first audit entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);
