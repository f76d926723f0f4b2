import { STATUS_CODES } from 'node:http';

/** The one error shape of the API (api.md): `{ statusCode, error, message }`. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  /** For 409 on a workflow move: the statuses the case may move to instead. */
  allowed?: readonly string[];
}

export function errorBody(statusCode: number, message: string | string[]): ErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}
