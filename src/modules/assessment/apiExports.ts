import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { apiErrors } from '../../errors.ts';
import { toCsv } from '../../platform/csv.ts';
import { warsawDate } from '../../platform/time.ts';
import { roundById } from '../competition/queries.ts';
import { resultsXlsx, roundResultRows } from './exports.ts';
import { IdParams } from './schemas.ts';
import { notFoundHere } from './support.ts';

const bearer = [{ bearerAuth: [] }];

/** A round's results as CSV (Polish Excel) and XLSX, for operators. */
export default async function assessmentExportApi(app: FastifyInstance): Promise<void> {
  const rowsOf = async (id: number) => {
    const round = await roundById(app.db, id);
    if (!round) throw notFoundHere();
    return { round, rows: await roundResultRows(app.db, round) };
  };
  const fileName = (roundNumber: number, extension: string) =>
    `wyniki-runda-${roundNumber}-${warsawDate(app.clock.now())}.${extension}`;

  app.get<{ Params: IdParams }>(
    '/api/v1/rounds/:id/results.csv',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags: ['assessment'],
        summary: 'Export the round’s results as CSV',
        description: 'UTF-8 with a BOM, semicolons, CRLF: opens in Polish Excel.',
        security: bearer,
        params: IdParams,
        produces: ['text/csv'],
        response: {
          200: { description: 'The CSV file', content: { 'text/csv': { schema: Type.String() } } },
          ...apiErrors(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { round, rows } = await rowsOf(request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${fileName(round.number, 'csv')}"`)
        .send(toCsv(rows));
    },
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/rounds/:id/results.xlsx',
    {
      config: { access: 'assessment.manage' },
      schema: {
        tags: ['assessment'],
        summary: 'Export the round’s results as an Excel workbook',
        security: bearer,
        params: IdParams,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: apiErrors(401, 403, 404),
      },
    },
    async (request, reply) => {
      const { round, rows } = await rowsOf(request.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${fileName(round.number, 'xlsx')}"`)
        .send(await resultsXlsx(rows));
    },
  );
}
