/**
 * Classes of CAMEO sectors that several layers reason with: the bodies of a state, whose people
 * act for the state, and the groups that act for no state. One definition, read by the actor layer
 * (who an officer acts for), the event coder (domestic acts, who speaks for a side) and the analysis
 * contract (who is named rather than coded with a country).
 */

/** Sectors of a state's own bodies (government, military, police, legislature, courts, intelligence). */
export const STATE_BODY_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY']);

/**
 * Sectors of groups that act for no state: rebels, insurgents, separatists, radicals, unaligned
 * armed forces, the opposition, NGOs and human-rights groups.
 */
export const NON_STATE_SECTORS: ReadonlySet<string> = new Set(['REB', 'INS', 'SEP', 'RAD', 'UAF', 'OPP', 'NGO', 'HRI']);
