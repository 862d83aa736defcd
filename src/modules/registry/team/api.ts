import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../../errors.ts';
import { runCommand } from '../../../plugins/app/commandContext.ts';
import { SlugParams } from '../schemas.ts';
import { teamOf } from '../team.ts';
import { managedCluster } from './managedCluster.ts';
import { teamEditorAdder } from './teamEditorAdder.ts';

const bearer = [{ bearerAuth: [] }];
const EditorRequest = Type.Object(
  { email: Type.String({ maxLength: 254 }) },
  { additionalProperties: false },
);
type EditorRequest = Static<typeof EditorRequest>;

const TeamMember = Type.Object({
  userId: Type.Integer(),
  name: Type.String(),
  email: Type.String(),
  role: Type.Union([Type.Literal('owner'), Type.Literal('editor')]),
});

/** A cluster's team for its owner's scripts: who is in it, and adding an editor by e-mail. */
export default async function teamApi(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { slug: string } }>(
    '/api/v1/clusters/:slug/team',
    {
      config: { access: 'cluster.manageTeam' },
      schema: {
        tags: ['registry'],
        summary: "A cluster's team (its owner only)",
        security: bearer,
        params: SlugParams,
        response: {
          200: Type.Object({ items: Type.Array(TeamMember) }),
          ...apiErrors(401, 403, 404),
        },
      },
    },
    async (request) => {
      const cluster = await managedCluster(request, request.params.slug, 'cluster.manageTeam');
      const team = await teamOf(app.db, cluster.id);
      return { items: team.map(({ userId, name, email, role }) => ({ userId, name, email, role })) };
    },
  );

  app.post<{ Params: { slug: string }; Body: EditorRequest }>(
    '/api/v1/clusters/:slug/team',
    {
      config: { access: 'cluster.manageTeam' },
      schema: {
        tags: ['registry'],
        summary: 'Add an editor to a cluster’s team by e-mail',
        description:
          'A person with an account joins at once ("added"); an address without one gets a single-use invitation ("invited").',
        security: bearer,
        params: SlugParams,
        body: EditorRequest,
        response: {
          201: Type.Object({ outcome: Type.Union([Type.Literal('added'), Type.Literal('invited')]) }),
          ...apiErrors(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const cluster = await managedCluster(request, request.params.slug, 'cluster.manageTeam');
      const actor = request.actor as NonNullable<typeof request.actor>;
      const result = await runCommand(request, teamEditorAdder, {
        cluster,
        ownerId: actor.userId,
        ownerName: actor.name,
        email: request.body.email,
      });
      if (!result.ok) {
        const fields = Object.fromEntries(
          Object.entries(result.errors).map(([field, key]) => [field, request.t(key)]),
        );
        return reply
          .code(400)
          .send({ error: { code: 'validation_failed', message: request.t('api.validation'), fields } });
      }
      return reply.code(201).send({ outcome: result.outcome });
    },
  );
}
