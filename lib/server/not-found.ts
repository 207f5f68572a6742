import 'server-only';
import { notFound } from 'next/navigation';
import { DomainError } from './action';

/** For pages: a record the viewer may not see or that does not exist becomes the 404 page. */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
}
