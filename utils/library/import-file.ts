import type { TifaDB } from '../db';
import { importClippings, MAX_IMPORT_BYTES, parseBackup, type ImportError } from './import';
import { err, type Result } from '../result';

export type ImportFileError = ImportError | 'import-unreadable';

/** A backup file chosen by the user, checked in full before anything is written, then merged in one transaction. */
export async function importFile(
  file: Blob,
  db: TifaDB,
): Promise<Result<{ added: number; merged: number; unchanged: number }, ImportFileError>> {
  // Refused before reading: a 100 MB file must not be pulled into memory only to be rejected.
  if (file.size > MAX_IMPORT_BYTES) return err('import-too-large', `${file.size} bytes`);
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return err('import-unreadable', String(e));
  }
  const parsed = parseBackup(text, file.size);
  if (!parsed.ok) return parsed;
  return importClippings(db, parsed.value);
}
