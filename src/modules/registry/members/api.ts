import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../../errors.ts';
import { warsawDate } from '../../../platform/time.ts';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import { SlugParams } from '../schemas.ts';
import { managedCluster } from '../team/managedCluster.ts';
import { MAX_CITY_LENGTH, MAX_NAME_LENGTH } from '../validation/memberRow.ts';
import { currentMembersOf } from './clusterMembers.ts';
import { memberChangeSubmitter } from './memberChangeSubmitter.ts';
import { checkMemberForm, memberFormValues } from './memberForm.ts';

const bearer = [{ bearerAuth: [] }];
const text = (description: string, maxLength = 400) => Type.Optional(Type.String({ description, maxLength }));

const MemberInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: MAX_NAME_LENGTH }),
    type: Type.String({
      description:
        'A kind of organisation as in the members file: "przedsiębiorstwo", "uczelnia", "enterprise", …',
    }),
    size: text('Enterprises only: mikro, małe, średnie, duże (or micro, small, medium, large).'),
    nip: text('NIP, 10 digits with a valid checksum.'),
    regon: text('REGON, 9 or 14 digits.'),
    krs: text('KRS, 10 digits.'),
    voivodeship: text('TERYT code ("14") or name of the voivodeship.'),
    city: text('Town of the seat.', MAX_CITY_LENGTH),
    joinedOn: text('YYYY-MM-DD or DD.MM.YYYY, not in the future.'),
  },
  { additionalProperties: false },
);
type MemberInput = Static<typeof MemberInput>;

const Member = Type.Object({
  membershipId: Type.Integer(),
  name: Type.String(),
  type: Type.Union([Type.String(), Type.Null()]),
  size: Type.Union([Type.String(), Type.Null()]),
  nip: Type.Union([Type.String(), Type.Null()]),
  regon: Type.Union([Type.String(), Type.Null()]),
  krs: Type.Union([Type.String(), Type.Null()]),
  voivodeship: Type.Union([Type.String(), Type.Null()]),
  joinedOn: Type.Union([Type.String(), Type.Null()]),
});

const Submitted = Type.Object({
  status: Type.Union([Type.Literal('applied'), Type.Literal('pending')], {
    description: 'pending: the cluster is published, so an operator approves the change first.',
  }),
});

/** The member list and the half-yearly confirmation of a cluster, for its team's scripts. */
export default async function membersApi(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { slug: string } }>(
    '/api/v1/clusters/:slug/members',
    {
      config: { access: 'cluster.edit' },
      schema: {
        tags: ['registry'],
        summary: "A cluster's current members (its team only)",
        security: bearer,
        params: SlugParams,
        response: {
          200: Type.Object({ items: Type.Array(Member) }),
          ...apiErrors(401, 403, 404),
        },
      },
    },
    async (request) => {
      const cluster = await managedCluster(request, request.params.slug, 'cluster.edit');
      const members = await currentMembersOf(app.db, cluster.id);
      return {
        items: members.map((m) => ({
          membershipId: m.membershipId,
          name: m.name,
          type: m.type,
          size: m.size,
          nip: m.nip,
          regon: m.regon,
          krs: m.krs,
          voivodeship: m.voivodeship,
          joinedOn: m.joinedOn,
        })),
      };
    },
  );

  app.post<{ Params: { slug: string }; Body: MemberInput }>(
    '/api/v1/clusters/:slug/members',
    {
      config: { access: 'cluster.edit' },
      schema: {
        tags: ['registry'],
        summary: 'Add a member to a cluster',
        description:
          'Checked like a row of the members file. A published cluster’s change waits for an operator (status "pending").',
        security: bearer,
        params: SlugParams,
        body: MemberInput,
        response: { 201: Submitted, ...apiErrors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const cluster = await managedCluster(request, request.params.slug, 'cluster.edit');
      const values = memberFormValues(request.body);
      const checked = checkMemberForm(
        values,
        await currentMembersOf(app.db, cluster.id),
        warsawDate(app.clock.now()),
      );
      if (!checked.ok) {
        const fields = Object.fromEntries(
          Object.entries(checked.errors).map(([field, error]) => [field, request.t(error.key, error.params)]),
        );
        return reply
          .code(400)
          .send({ error: { code: 'validation_failed', message: request.t('api.validation'), fields } });
      }
      const status = await runCommand(request, memberChangeSubmitter, {
        cluster,
        actorId: (request.actor as NonNullable<typeof request.actor>).userId,
        change: { add: [checked.member], leave: [] },
        source: 'form',
      });
      app.pageCache.clear();
      return reply.code(201).send({ status });
    },
  );
}
