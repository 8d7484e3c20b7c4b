import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L): 31 symbols. */
export const INVITE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 12 symbols of 31 ≈ 59 bits: not guessable within the redemption attempt limits. */
export const INVITE_CODE_LENGTH = 12;
/** How long an invite code can be redeemed. */
export const INVITE_CODE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A fresh single-use invite code from a cryptographic source, e.g. `K7QX-M3PA-W9RT` when grouped. */
export function generateInviteCode(): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)];
  return code;
}

/** Groups a code in fours for reading aloud; redemption ignores the dashes. */
export function formatInviteCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}
