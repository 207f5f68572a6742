import { z } from 'zod';

/** Words typed into a search box. PostgreSQL text cannot hold NUL, and control characters mean
 *  nothing in a search: they are dropped, not refused. */
export const searchText = (max = 100, message = `maksimal ${max} karakter`) =>
  z
    .string()
    .transform((v) => v.replace(/[\u0000-\u001f\u007f]/g, ' ').trim())
    .pipe(z.string().max(max, message));
