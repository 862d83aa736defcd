import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { attachmentStore } from '../../modules/competition/attachmentStore.ts';
import {
  type AttachmentStore,
  type CommandContext,
  type CommandOrigin,
  commandRunner,
} from '../../platform/commandContext.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The instant the request reached the portal: every command of the request decides by it. */
    arrivedAt: Date;
  }
  interface FastifyInstance {
    attachments: AttachmentStore;
  }
}

/** The one builder of a use case's origin from a request: who, when it arrived, from where, in which language. */
function originOf(request: FastifyRequest): CommandOrigin {
  const app = request.server;
  return {
    actor: request.actor ?? null,
    clock: app.clock,
    now: request.arrivedAt,
    requestId: request.id,
    ip: request.ip,
    locale: request.locale,
    baseUrl: app.config.baseUrl,
    attachments: app.attachments,
  };
}

/**
 * Runs one use case for a request in the request's one transaction: every mutating handler calls
 * its command through here, so no handler or command opens a transaction of its own.
 */
export function runCommand<A extends unknown[], R>(
  request: FastifyRequest,
  command: (context: CommandContext, ...args: A) => Promise<R>,
  ...args: A
): Promise<R> {
  return commandRunner(request.server.db, originOf(request), command, ...args);
}

/** Takes each request's arrival instant first thing, before any lookup can queue it. */
export default fp(
  async (app: FastifyInstance) => {
    app.decorate('attachments', attachmentStore(app.config.dataDir));
    app.decorateRequest('arrivedAt', null as unknown as Date);
    app.addHook('onRequest', async (request) => {
      request.arrivedAt = app.clock.now();
    });
  },
  { name: 'command-context' },
);
