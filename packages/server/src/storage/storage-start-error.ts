/**
 * The storage could not start: bad configuration, an unreachable or refusing
 * database, a file that is not a database, a database migrated by a newer
 * version. The message is one line that names what to fix; a server prints it
 * and exits non-zero.
 */
export class StorageStartError extends Error {
  override readonly name = 'StorageStartError';
}
