/** A JSON object as the scorer reads it (gold and prediction files are not trusted to be well typed). */
export type Json = Record<string, unknown>;
