/** An error with an HTTP status and a Swedish message that is safe to show. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly publicMessage?: string) {
    super(publicMessage ?? `HTTP ${status}`);
  }
}

export function notFound(message?: string): HttpError {
  return new HttpError(404, message);
}
