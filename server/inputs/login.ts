import { z } from 'zod';

export const loginInput = z.object({
  email: z.string().trim().min(1, 'Ange din e-postadress').max(254, 'E-postadressen är för lång')
    .pipe(z.email('Ange en e-postadress i rätt format, till exempel namn@myndighet.se')),
  password: z.string().min(1, 'Ange ditt lösenord').max(1024, 'Lösenordet är för långt'),
  next: z.string().max(500).optional(),
});
export const LOGIN_FIELDS = ['email', 'password'];
