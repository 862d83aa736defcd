import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../../platform/domainError.ts';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import { formBody } from '../../accounts/http.ts';
import { MAX_REASON_LENGTH, memberChangeDecider } from './memberChangeDecider.ts';
import { allPendingChanges } from './memberChangeQueries.ts';

const VIEW = 'modules/registry/members/views/review';
const PATH = '/admin/zmiany-czlonkow';
const review = { config: { access: 'cluster.review' as const } };

/** The operators' page of member-list changes of published clusters: approve, or reject with a reason. */
export default async function memberChangeReviewPages(app: FastifyInstance): Promise<void> {
  const reviewPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: { changeId?: number; reason?: string; error?: string } = {},
  ) => {
    const decided = (request.query as { komunikat?: string }).komunikat;
    return reply.page(
      VIEW,
      {
        changes: await allPendingChanges(app.db),
        form,
        errors: form.error && form.changeId ? { [`reason-${form.changeId}`]: form.error } : {},
        notice:
          decided === 'zatwierdzono'
            ? request.t('members.review.approved')
            : decided === 'odrzucono'
              ? request.t('members.review.rejected')
              : null,
        path: PATH,
        csrf: reply.csrfToken(),
      },
      { title: request.t('members.review.title') },
    );
  };

  app.get(PATH, review, async (request, reply) => reviewPage(request, reply));

  app.post<{ Params: { id: string } }>(`${PATH}/:id`, review, async (request, reply) => {
    const body = formBody(request);
    const changeId = Number(request.params.id);
    const approve = body.decision === 'approve';
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    if (!approve && (reason === '' || reason.length > MAX_REASON_LENGTH)) {
      const error = request.t(
        reason === '' ? 'members.review.reasonRequired' : 'members.review.reasonTooLong',
        { max: MAX_REASON_LENGTH },
      );
      return reviewPage(request, reply.code(400), { changeId, reason, error });
    }
    const done = await runCommand(request, memberChangeDecider, {
      changeId,
      operatorId: (request.actor as NonNullable<typeof request.actor>).userId,
      decision: approve ? { approve: true } : { approve: false, reason },
    });
    app.pageCache.clear();
    if (!done) throw new DomainError('conflict', 'already_decided', 'members.review.alreadyDecided');
    return reply.redirect(`${PATH}?komunikat=${approve ? 'zatwierdzono' : 'odrzucono'}`, 303);
  });
}
