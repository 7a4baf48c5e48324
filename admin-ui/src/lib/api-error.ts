// Every failure of a console API call as one value: the API's {error: {status, code, message,
// field}} when it sent one, a network failure (status 0) otherwise.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNotFound() {
    return this.status === 404;
  }

  /** Worth a banner: the network or the server failed, not the input. */
  get isServerSide() {
    return this.status === 0 || this.status >= 500;
  }

  static async from(response: Response): Promise<ApiError> {
    let body: unknown = null;
    try {
      body = await response.clone().json();
    } catch {
      // not JSON: fall through to the status text
    }
    const e = (body as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
    return new ApiError(
      response.status,
      e?.code ?? `http_${response.status}`,
      e?.message ?? (response.status >= 500 ? 'The server failed to answer. Try again.' : response.statusText || 'Request failed'),
      e?.field ?? null,
    );
  }

  static network(cause: unknown): ApiError {
    const detail = cause instanceof Error ? ` (${cause.message})` : '';
    return new ApiError(0, 'network', `Engram could not be reached${detail}. Check the connection and try again.`);
  }
}

/** The message for a field of a form, when the API named it (snake_case) . */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError && error.field === field ? error.message : undefined;
}

/** The message for the form as a whole: anything not tied to one of its fields. */
export function formError(error: unknown, fields: string[]): ApiError | undefined {
  if (!(error instanceof ApiError)) return error ? new ApiError(0, 'unknown', String(error)) : undefined;
  return error.field && fields.includes(error.field) ? undefined : error;
}
