// Used by the tests only: posting a members file as a browser's multipart form does.
import type { LightMyRequestResponse } from 'fastify';
import type { Visitor } from '../../../../test/visitor.ts';
import { fictionalNip } from '../../../seed/identifiers.ts';

/** Posts a file with the CSRF token of the visitor's last page, as the import form does. */
export async function uploadFile(
  visitor: Visitor,
  url: string,
  file: { name: string; data: Uint8Array } | null,
): Promise<LightMyRequestResponse> {
  const form = new FormData();
  form.set('_csrf', visitor.csrf());
  if (file) form.set('file', new Blob([file.data]), file.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  const payload = Buffer.from(await request.arrayBuffer());
  return visitor.remember(
    await visitor.app.inject({
      method: 'POST',
      url,
      payload,
      remoteAddress: visitor.ip,
      headers: { ...visitor.cookieHeader(), 'content-type': request.headers.get('content-type') ?? '' },
    }),
  );
}

/** A NIP with a valid checksum, different for every serial. */
export function nip(serial: number): string {
  return fictionalNip(serial);
}
