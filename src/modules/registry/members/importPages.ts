import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../../platform/domainError.ts';
import { acceptMultipartForms, uploadedFile } from '../../../platform/multipart.ts';
import { warsawDate } from '../../../platform/time.ts';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import { assetUrl } from '../../../ui/assets.ts';
import { type ManagedCluster, managedCluster, managementPath } from '../team/managedCluster.ts';
import { COLUMNS, membersTemplateCsv } from '../validation/memberColumns.ts';
import { MAX_FILE_BYTES, MAX_MEMBER_ROWS } from '../validation/membersCsv.ts';
import { currentMembersOf } from './clusterMembers.ts';
import { importPreviewOf, readMembersFile } from './importPreview.ts';
import { additionOf } from './memberChange.ts';
import { memberChangeSubmitter } from './memberChangeSubmitter.ts';
import { pendingImportOf, pendingImportSaver } from './pendingImports.ts';

const VIEWS = 'modules/registry/members/views';
type ImportParams = { Params: { slug: string; id: string } };
type SlugParams = { Params: { slug: string } };
const editing = { config: { access: 'cluster.edit' as const } };

/**
 * Importing a members file: upload (CSV or XLSX) → a preview with row errors, kept in the database
 * under a random id → the person confirms → one transaction. Nothing is written before the confirmation.
 */
export default async function memberImportPages(app: FastifyInstance): Promise<void> {
  // The multipart parser belongs to this plugin's routes only.
  acceptMultipartForms(app, { maxFileBytes: MAX_FILE_BYTES, maxFields: 20 });

  const uploadPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    cluster: ManagedCluster,
    problem?: string,
  ) =>
    reply.page(
      `${VIEWS}/import`,
      {
        cluster,
        columns: COLUMNS,
        problem,
        errors: problem ? { file: problem } : {},
        maxMegabytes: MAX_FILE_BYTES / 1024 / 1024,
        maxRows: MAX_MEMBER_ROWS,
        action: managementPath(cluster.slug, 'czlonkowie/import'),
        script: assetUrl('js/upload-progress.js'),
        csrf: reply.csrfToken(),
      },
      { title: request.t('members.import.title', { name: cluster.name }) },
    );

  app.get<SlugParams>('/moje-klastry/:slug/czlonkowie/import', editing, async (request, reply) =>
    uploadPage(request, reply, await managedCluster(request, request.params.slug, 'cluster.edit')),
  );

  app.get<SlugParams>('/moje-klastry/:slug/czlonkowie/szablon.csv', editing, async (request, reply) => {
    await managedCluster(request, request.params.slug, 'cluster.edit');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="czlonkowie-klastra.csv"')
      .send(membersTemplateCsv());
  });

  app.post<SlugParams>('/moje-klastry/:slug/czlonkowie/import', editing, async (request, reply) => {
    const cluster = await managedCluster(request, request.params.slug, 'cluster.edit');
    const t = request.t;
    const file = uploadedFile(request.body, 'file');
    if (file?.tooLarge) {
      const message = t('registryValidation.file.tooLarge', { maxMegabytes: MAX_FILE_BYTES / 1024 / 1024 });
      return uploadPage(request, reply.code(413), cluster, message);
    }
    if (!file || file.data.length === 0)
      return uploadPage(request, reply.code(400), cluster, t('members.import.noFile'));
    const now = app.clock.now();
    const read = await readMembersFile(file.data, warsawDate(now));
    if (read.kind === 'refused')
      return uploadPage(request, reply.code(400), cluster, t(read.messageKey, read.params));
    const preview = await importPreviewOf(app.db, read, await currentMembersOf(app.db, cluster.id));
    const id = await pendingImportSaver(app.db, {
      clusterId: cluster.id,
      userId: (request.actor as NonNullable<typeof request.actor>).userId,
      fileName: file.fileName,
      preview,
      now,
    });
    return reply.redirect(`${managementPath(cluster.slug, 'czlonkowie/import')}/${id}`, 303);
  });

  const pendingImport = async (request: FastifyRequest<ImportParams>) => {
    const cluster = await managedCluster(request, request.params.slug, 'cluster.edit');
    const pending = await pendingImportOf(app.db, {
      id: request.params.id,
      clusterId: cluster.id,
      userId: (request.actor as NonNullable<typeof request.actor>).userId,
      now: app.clock.now(),
    });
    if (!pending) throw notFound('members.import.gone');
    return { cluster, pending };
  };

  app.get<ImportParams>('/moje-klastry/:slug/czlonkowie/import/:id', editing, async (request, reply) => {
    const { cluster, pending } = await pendingImport(request);
    const { preview } = pending;
    return reply.code(preview.errors.length > 0 ? 422 : 200).page(
      `${VIEWS}/importPreview`,
      {
        cluster,
        fileName: pending.fileName,
        preview,
        columnHeader: (field: string | null) =>
          COLUMNS.find((column) => column.field === field)?.header ?? '',
        canConfirm: preview.errors.length === 0 && preview.members.length > 0,
        action: request.url,
        uploadPage: managementPath(cluster.slug, 'czlonkowie/import'),
        published: cluster.status === 'published',
        csrf: reply.csrfToken(),
      },
      { title: request.t('members.preview.title', { name: cluster.name }) },
    );
  });

  app.post<ImportParams>('/moje-klastry/:slug/czlonkowie/import/:id', editing, async (request, reply) => {
    const { cluster, pending } = await pendingImport(request);
    if (pending.preview.errors.length > 0 || pending.preview.members.length === 0) {
      return reply.redirect(request.url, 303);
    }
    const submitted = await runCommand(request, memberChangeSubmitter, {
      cluster,
      actorId: (request.actor as NonNullable<typeof request.actor>).userId,
      change: { add: pending.preview.members.map(additionOf), leave: [] },
      source: 'import',
      importId: pending.id,
    });
    app.pageCache.clear();
    const notice = submitted === 'pending' ? 'oczekuje' : 'zaimportowano';
    return reply.redirect(`${managementPath(cluster.slug, 'czlonkowie')}?komunikat=${notice}`, 303);
  });
}
