import { hash, verify } from '@node-rs/argon2';

/**
 * Staff passwords: argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's
 * recommended minimum). Length is the only rule (NIST 800-63B, ASVS): at least 12 characters,
 * any characters at all, no composition rules.
 */
export const PASSWORD_MIN_CHARS = 12;
export const PASSWORD_MAX_CHARS = 256;

const characters = (text: string): number => [...text].length;

/** Why a new password cannot be used, as a sentence for the person choosing it; undefined when it can. */
export function passwordProblem(password: string, email?: string): string | undefined {
  const length = characters(password);
  if (length < PASSWORD_MIN_CHARS)
    return `The password must be at least ${PASSWORD_MIN_CHARS} characters long.`;
  if (length > PASSWORD_MAX_CHARS)
    return `The password must be at most ${PASSWORD_MAX_CHARS} characters long.`;
  if (email !== undefined && password.trim().toLowerCase() === email.toLowerCase()) {
    return 'The password must not be the email address.';
  }
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash of a random password, verified against when the account does not exist, so both cases take as long. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_CHARS * 4) return false;
  if (storedHash === undefined) {
    decoy ??= hash(`decoy-${Math.random()}-${Date.now()}`);
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
