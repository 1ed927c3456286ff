import type { Request } from 'express';
import type { NamedActor } from '../domain/actor';

/**
 * The logged-in staff user as the actor of a command. Only for routes whose access requires staff
 * (the access check has run before the handler), so a missing user is a programming error.
 */
export function actorOf(req: Request): NamedActor {
  const s = req.staff;
  if (!s) throw new Error('actorOf: the route does not require a staff user');
  return { id: s.id, email: s.email, name: s.name };
}
