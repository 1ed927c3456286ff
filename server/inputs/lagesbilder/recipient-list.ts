import { z } from 'zod';
import { parseAddressLines } from '../../domain/lagesbild/address-lines';

export const RECIPIENT_LIST_FIELDS = ['name', 'kind', 'addresses', 'regions', 'attach_pdf'];

// Checkboxes post nothing, one value or several: always a list here. Codes are checked against the regions in the route.
const regionList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().regex(/^(\d{2}|14[FSBG])$/, { error: 'Välj regioner i listan' })).max(24, { error: 'Välj regioner i listan' }))
  .transform((codes) => [...new Set(codes)].sort());

export const recipientListInput = z.object({
  name: z.string().trim().min(1, 'Skriv ett namn på listan').max(120, 'Namnet får vara högst 120 tecken'),
  kind: z.enum(['addresses', 'panel-contacts'], { error: 'Välj vilka som får utskicket' }),
  addresses: z.string().max(200_000, 'Listan är för lång').default(''),
  attach_pdf: z.enum(['0', '1']).default('0'),
  regions: regionList,
}).superRefine((input, ctx) => {
  if (input.kind !== 'addresses') {
    if (input.regions.length > 0) ctx.addIssue({ code: 'custom', path: ['regions'], message: 'Panelens alla kontaktpersoner får redan utskicket. Välj regioner bara när du skriver in adresser.' });
    return;
  }
  const { entries, badLines } = parseAddressLines(input.addresses);
  if (badLines.length > 0) {
    const lines = badLines.slice(0, 5).join(', ') + (badLines.length > 5 ? ' med flera' : '');
    ctx.addIssue({ code: 'custom', path: ['addresses'], message: `Rad ${lines} är inte en e-postadress. Skriv en adress per rad, gärna som Namn <namn@exempel.se>` });
  } else if (entries.length === 0 && input.regions.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['addresses'], message: 'Skriv minst en e-postadress eller välj minst en RSS-region' });
  }
});

export type RecipientListInput = z.output<typeof recipientListInput>;

export const distributeInput = z.object({
  version: z.coerce.number({ error: 'Välj version' }).int().min(1, 'Välj version'),
  list_id: z.coerce.number({ error: 'Välj en mottagarlista' }).int().min(1, 'Välj en mottagarlista'),
});
export const DISTRIBUTE_FIELDS = ['version', 'list_id'];
