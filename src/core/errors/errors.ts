/**
 * Entente's catalogue of coded errors.
 *
 * Every error the library raises on purpose is an {@link EntenteError} with a stable code
 * (`E1xx` input, `E2xx` resources and configuration, `E3xx` pipeline, `E4xx` store, `E5xx` evaluation)
 * and a message that says what was wrong and how to fix it. Adapters (CLI, API) print
 * `code: message` on one line; nothing in the core prints or exits.
 */

/** The catalogue: code → a short title, used in documentation and in `entente --help errors`. */
export const ERROR_CATALOGUE = {
  E100: 'input is empty',
  E101: 'input is binary, not text',
  E102: 'input is larger than the size limit',
  E103: 'input cannot be read',
  E104: 'input is not in a supported language',
  E105: 'URL cannot be fetched',
  E106: 'URL points at a private or loopback address',
  E107: 'input has an encoding that cannot be decoded',
  E108: 'input is not a supported kind',
  E109: 'input has no article text',
  E110: 'input record is malformed',
  E200: 'resource file is missing',
  E201: 'resource file is malformed',
  E202: 'model version is not supported',
  E203: 'option value is invalid',
  E300: 'pipeline component needs a layer no earlier component writes',
  E301: 'pipeline component failed',
  E302: 'analysis does not match the schema',
  E400: 'store cannot be opened',
  E401: 'store schema is newer than this version of Entente',
  E402: 'store query is invalid',
  E500: 'gold or prediction file is malformed',
  E501: 'evaluation data is missing',
} as const;

/** A code from {@link ERROR_CATALOGUE}. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/**
 * An error Entente raises deliberately. `input` names the file, URL or record concerned (if any);
 * `message` is one line that states the reason and, where there is one, the fix.
 */
export class EntenteError extends Error {
  readonly code: ErrorCode;
  readonly input: string | undefined;

  constructor(code: ErrorCode, message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'EntenteError';
    this.code = code;
    this.input = options.input;
  }

  /** One line for a terminal: `input: message [code]`. */
  oneLine(): string {
    const where = this.input ? `${this.input}: ` : '';
    return `${where}${this.message.replace(/\s*\n\s*/g, ' ')} [${this.code}]`;
  }
}

/** True when `e` is an {@link EntenteError} (also across realms, e.g. worker threads). */
export function isEntenteError(e: unknown): e is EntenteError {
  return (
    e instanceof EntenteError ||
    (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'EntenteError' && typeof (e as { code?: unknown }).code === 'string')
  );
}
