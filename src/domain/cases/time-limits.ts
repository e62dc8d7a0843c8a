/**
 * @module The statutory periods of disclosure on application, in working days
 * (domain.md §3.3, §3.5), each with the article it comes from.
 */

/** Answer within 20 working days of receipt (Art. 33 ¶2). */
export const ANSWER_WORKDAYS = 20;
/** One extension of at most 20 working days, approved by the head of the GID office (Art. 33 ¶2). */
export const MAX_EXTENSION_WORKDAYS = 20;
/** Ask for a correction, once, within 7 working days of receipt (Art. 30). */
export const CORRECTION_NOTICE_WORKDAYS = 7;
/** A consulted third party (Art. 32) or agency (Art. 34) answers within 15 working days. */
export const CONSULTATION_WORKDAYS = 15;
/** Pay a fee within 20 working days from the day after receiving the notice (109号; S-109SC). */
export const FEE_PAYMENT_WORKDAYS = 20;
