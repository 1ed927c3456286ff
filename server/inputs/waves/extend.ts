import { z } from 'zod';
import { stockholmLocalToUtc } from '../../domain/time';
import { dateField, timeField } from './fields';

export const extendInput = z.object({
  closes_date: dateField('Ange ny sista svarsdag som ÅÅÅÅ-MM-DD'),
  closes_time: timeField('Ange tiden som TT:MM, till exempel 23:59'),
}).transform((v) => ({ closesAt: stockholmLocalToUtc(v.closes_date, v.closes_time).toISOString() }));
export const EXTEND_FIELDS = ['closes_date', 'closes_time'];
