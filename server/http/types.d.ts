import type { Role } from '../../db/tables/foundation';

declare global {
  namespace Express {
    interface Request {
      /** The logged-in staff user, if any. */
      staff?: { id: number; email: string; name: string; role: Role };
      /** Hash of the staff session id (binds the CSRF token to the session). */
      sessionKey?: string;
      requestId: string;
      cookies: Record<string, string>;
      files?: { fieldname: string; originalname: string; buffer: Buffer; size: number; mimetype: string }[] | any;
    }
  }
}
export {};
