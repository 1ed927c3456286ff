import { z } from 'zod';
import { emailField } from './fields';

const optional = (max: number, long: string) => z.string().trim().max(max, long).default('').transform((v) => v || null);

/** The public registration form. `codes` are the 290 kommunkoder the select offers. */
export function registrationInput(codes: ReadonlySet<string>) {
  return z.object({
    name: z.string().trim().min(1, 'Ange ditt namn').max(120, 'Namnet får vara högst 120 tecken'),
    email: emailField,
    kommunkod: z.string().trim().default('').refine((v) => v === '' || codes.has(v), 'Välj en kommun i listan')
      .transform((v) => v || null),
    organisation: optional(200, 'Organisationens namn får vara högst 200 tecken'),
    role: z.string().trim().min(1, 'Ange din roll, till exempel äldreomsorgschef').max(120, 'Rollen får vara högst 120 tecken'),
    needs: optional(1000, 'Beskriv behoven med högst 1 000 tecken'),
    consent: z.literal('ja', { error: 'Du behöver godkänna att vi sparar uppgifterna för att kunna anmäla dig' }),
  }).refine((v) => Boolean(v.kommunkod || v.organisation), {
    path: ['kommunkod'], message: 'Välj din kommun, eller skriv vilken organisation du kommer från',
    // Checked even when other fields are wrong, so every error shows at once.
    when: (payload) => {
      const v = payload.value as Record<string, unknown> | undefined;
      return typeof v === 'object' && v !== null && (v.kommunkod === null || typeof v.kommunkod === 'string');
    },
  });
}
export type RegistrationInput = z.output<ReturnType<typeof registrationInput>>;
export const REGISTRATION_FIELDS = ['name', 'email', 'kommunkod', 'organisation', 'role', 'needs', 'consent'];
