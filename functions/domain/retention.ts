/**
 * How long saved plans and guides are kept: the numbers the store writes as `ttl` (epoch seconds,
 * DynamoDB's TTL deletes after it) and the privacy page quotes. No imports.
 */

/** A saved plan or guide is kept this many days after its last edit or read (two years). */
export const KEPT_DAYS = 730;
/** A read moves the expiry on only when it would move it by more than this: at most one write a day per object. */
export const READ_EXTENDS_AFTER_DAYS = 1;
/** After a delete, the link says "deleted by its author" this many days (nothing of the content is kept), then 404. */
export const DELETED_NOTICE_DAYS = 90;

/** How long the server's logs (API access log, function logs) are kept; infra's log groups say the same (tests/infra/alarms.test.ts). */
export const LOG_RETENTION_DAYS = 30;

/** How far back the table's point-in-time recovery reaches (DynamoDB's default, which infra/table.ts keeps): a deleted item stays in backups this long. */
export const BACKUP_DAYS = 35;

/** The epoch second at which something touched at `ms` expires, `days` later. */
export const expiryAfter = (ms: number, days: number = KEPT_DAYS): number => Math.floor(ms / 1000) + days * 86_400;
