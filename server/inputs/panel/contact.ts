import { z } from 'zod';
import { emailField, nameField, phoneField, titleField } from '../../domain/panel/contact-fields';

export const contactInput = z.object({
  name: nameField,
  title: titleField,
  email: emailField,
  phone: phoneField,
});
export type ContactInput = z.output<typeof contactInput>;
export const CONTACT_FIELDS = ['name', 'title', 'email', 'phone'];
