// One error type for the API: thrown anywhere in a handler, turned into
// `{"error":{"status":N,"message":"..."}}` with that status in one place (server.ts).
export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export const badParam = (name: string, why: string) => new ApiError(400, `parameter "${name}": ${why}`);
export const notFound = (what: string) => new ApiError(404, what);

export function errorBody(status: number, message: string): string {
  return JSON.stringify({ error: { status, message } });
}
