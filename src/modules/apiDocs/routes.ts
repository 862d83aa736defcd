import type { FastifyInstance } from 'fastify';
import type { OpenAPIV3 } from 'openapi-types';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Operation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: { name: string; in: string; required: boolean; description: string }[];
  responses: { status: string; description: string }[];
}

/** Flattens the OpenAPI document into what the server-rendered docs page lists. */
function operationsOf(document: OpenAPIV3.Document): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      operations.push({
        id: `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-').toLowerCase(),
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? '',
        description: operation.description ?? '',
        parameters: ((operation.parameters ?? []) as OpenAPIV3.ParameterObject[]).map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          required: Boolean(parameter.required),
          description: parameter.description ?? '',
        })),
        responses: Object.entries(operation.responses ?? {}).map(([status, response]) => ({
          status,
          description: (response as OpenAPIV3.ResponseObject).description ?? '',
        })),
      });
    }
  }
  return operations;
}

/** The OpenAPI document and a server-rendered, accessible page describing it (no client bundle). */
export default async function apiDocsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
    app.swagger(),
  );

  app.get(
    '/api/docs',
    { schema: { hide: true }, config: { pageCache: true, access: 'public' } },
    async (request, reply) => {
      const document = app.swagger() as OpenAPIV3.Document;
      return reply.page(
        'modules/apiDocs/views/docs',
        { info: document.info, operations: operationsOf(document) },
        { title: request.t('apiDocs.title') },
      );
    },
  );
}
