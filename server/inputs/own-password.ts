import { z } from 'zod';
import { checkPasswordPolicy } from '../domain/passwords';

/** The creation rules (length, common-password list), and not the user's own e-mail. */
export function newPassword(email?: string) {
  return z.string().superRefine((pw, ctx) => {
    const problem = checkPasswordPolicy(pw, { email });
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

export function ownPasswordInput(email: string) {
  return z.object({
    current: z.string().min(1, 'Ange ditt nuvarande lösenord').max(1000, 'Nuvarande lösenord stämmer inte'),
    password: newPassword(email),
  });
}
export const OWN_PASSWORD_FIELDS = ['current', 'password'];

export function resetPasswordInput(email: string) {
  return z.object({ password: newPassword(email) });
}
export const RESET_PASSWORD_FIELDS = ['password'];
