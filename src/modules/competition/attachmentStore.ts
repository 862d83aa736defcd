import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** A PDF says so in its first bytes, whatever the file is called. */
export function isPdf(data: Buffer): boolean {
  return data.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** Attachments live under DATA_DIR (never the web root) with random names; the database maps them. */
export function attachmentStore(dataDir: string) {
  const folder = path.join(dataDir, 'attachments');
  return {
    async save(data: Buffer): Promise<string> {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const storedName = `${randomBytes(16).toString('hex')}.pdf`;
      await writeFile(path.join(folder, storedName), data, { flag: 'wx', mode: 0o600 });
      return storedName;
    },
    async read(storedName: string): Promise<Buffer> {
      if (!/^[0-9a-f]{32}\.pdf$/.test(storedName)) throw new Error('Not a stored attachment name');
      return readFile(path.join(folder, storedName));
    },
  };
}

export type AttachmentStore = ReturnType<typeof attachmentStore>;
