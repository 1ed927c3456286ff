import { z } from 'zod';
import { newPassword as password } from './own-password';

const role = z.enum(['admin', 'analyst', 'editor', 'viewer'], { error: 'Välj en roll' });
const name = z.string().trim().min(1, 'Ange namn').max(120, 'Namnet får vara högst 120 tecken');
const email = z.string().trim().min(1, 'Ange e-postadress').max(254, 'E-postadressen är för lång')
  .pipe(z.email('Ange en e-postadress i rätt format, till exempel namn@myndighet.se'));

export const newStaffUserInput = z.object({ name, email, role, password: password() });
export const NEW_STAFF_FIELDS = ['name', 'email', 'role', 'password'];

export const editStaffUserInput = z.object({
  name,
  role,
  disabled: z.enum(['0', '1']).default('0'),
  password: z.union([z.literal(''), password()]).default(''),
});
export const EDIT_STAFF_FIELDS = ['name', 'role', 'disabled', 'password'];
