/** Files and folders the app creates are for its own user only (checklist: data not readable by others).
 *  Pure values shared by server/files (umask, data folder) and db/ (the SQLite files). */
export const PRIVATE_UMASK = 0o077;
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
