import busboy from 'busboy';
import type { FastifyInstance } from 'fastify';
import { DomainError } from './domainError.ts';

export interface UploadedFile {
  fileName: string;
  data: Buffer;
  /** More bytes came than the limit allows: the file was cut and must be refused with the limit. */
  tooLarge: boolean;
}

export interface MultipartLimits {
  maxFileBytes: number;
  maxFields?: number;
  maxFieldBytes?: number;
}

/**
 * Reads multipart forms of the routes of the plugin it is called in into a plain body while the
 * request is parsed, so the CSRF check (which runs before the handler) finds the form's token like in
 * any other form. Repeated fields become arrays; one file is kept in memory, never more than the limit.
 * Parsing before the check is bounded by the limits, and nothing is written until the handler runs.
 */
export function acceptMultipartForms(app: FastifyInstance, limits: MultipartLimits): void {
  if (app.hasContentTypeParser('multipart/form-data')) app.removeContentTypeParser('multipart/form-data');
  app.addContentTypeParser('multipart/form-data', (request, payload, done) => {
    const refuse = () => done(new DomainError('invalid', 'bad_upload', 'form.badUpload'), undefined);
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        limits: {
          fileSize: limits.maxFileBytes,
          files: 1,
          fields: limits.maxFields ?? 200,
          fieldSize: limits.maxFieldBytes ?? 64 * 1024,
        },
      });
    } catch {
      refuse();
      return;
    }
    const body: Record<string, unknown> = {};
    const add = (name: string, value: unknown) => {
      const existing = body[name];
      body[name] =
        existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    };
    let openFiles = 0;
    let parsed = false;
    const finishWhenDone = () => {
      if (parsed && openFiles === 0) done(null, body);
    };
    parser.on('field', add);
    parser.on('file', (name, stream, info) => {
      openFiles += 1;
      const chunks: Buffer[] = [];
      let tooLarge = false;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = true;
      });
      stream.on('end', () => {
        const file: UploadedFile = { fileName: info.filename ?? '', data: Buffer.concat(chunks), tooLarge };
        // A form posted with no file chosen still sends an empty, nameless part.
        if (file.fileName || file.data.length > 0) add(name, file);
        openFiles -= 1;
        finishWhenDone();
      });
    });
    parser.on('error', refuse);
    parser.on('close', () => {
      parsed = true;
      finishWhenDone();
    });
    payload.pipe(parser);
  });
}

/** The file posted under `name`, if one was. */
export function uploadedFile(body: unknown, name: string): UploadedFile | null {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return isUploadedFile(value) ? value : null;
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).data);
}
