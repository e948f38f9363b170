// The dash between the two years of a period (2021—2025年). Copies of legal and government texts
// write it as two box-drawing lines (2008──2010年), a doubled em dash (2008——2010年) or a
// horizontal bar (2008―2010年): each is the same dash, and a period read with one of them must
// give the same first and last years as one read with `—`.

/** A regular-expression source for the dash (or 至/到) between a period's two years. */
export const SPAN_DASH = String.raw`(?:[-—–~～─━―]{1,2}|至|到)`;
