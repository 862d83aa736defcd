import type { CsvValue } from '../../platform/csv.ts';
import type { Round } from '../competition/queries.ts';
import { roundRanking } from './rankingLoader.ts';
import type { Db } from './support.ts';

const STATE_NAMES: Record<string, string> = {
  below_threshold: 'poniżej progu',
  panel: 'panel',
  recommended: 'rekomendowany',
  not_recommended: 'nierekomendowany',
  granted: 'status przyznany',
  refused: 'odmowa',
};

/** The round's results as rows: the ranking with each application's areas and decision. */
export async function roundResultRows(db: Db, round: Round): Promise<CsvValue[][]> {
  const ranking = await roundRanking(db, round);
  const decisions = await db
    .selectFrom('assessmentDecisions')
    .innerJoin('applications', 'applications.id', 'assessmentDecisions.applicationId')
    .select([
      'assessmentDecisions.applicationId',
      'assessmentDecisions.outcome',
      'assessmentDecisions.documentNumber',
      'assessmentDecisions.documentDate',
      'assessmentDecisions.validUntil',
    ])
    .where('applications.roundId', '=', round.id)
    .where('assessmentDecisions.supersededAt', 'is', null)
    .execute();
  const decisionOf = new Map(decisions.map((d) => [d.applicationId, d]));
  const areas = round.rules.areas.map((area) => area.code);
  const header = [
    'pozycja',
    'numer wniosku',
    'klaster',
    'stan',
    'liczba ekspertów',
    'etap 1 (średnia)',
    'panel (konsensus)',
    'razem',
    ...areas.map((code) => `obszar ${code}`),
    'próg końcowy osiągnięty',
    'minima obszarów osiągnięte',
    'rekomendowany',
    'decyzja',
    'numer dokumentu',
    'data dokumentu',
    'status ważny do',
  ];
  const yes = (value: boolean) => (value ? 'tak' : 'nie');
  return [
    header,
    ...ranking.map((row) => {
      const decision = decisionOf.get(row.applicationId);
      return [
        row.ranked ? row.position : null,
        row.receiptNumber,
        row.clusterName,
        STATE_NAMES[row.state] ?? row.state,
        row.experts,
        row.stage1,
        row.panel,
        row.total,
        ...areas.map((code) => row.areas[code] ?? null),
        yes(row.meetsFinalThreshold),
        yes(row.meetsAreaMinima),
        yes(row.recommended),
        decision ? (decision.outcome === 'granted' ? 'przyznano' : 'odmowa') : null,
        decision?.documentNumber ?? null,
        decision?.documentDate ?? null,
        decision?.validUntil ?? null,
      ];
    }),
  ];
}

/** The same rows as an Excel workbook; the header row in bold. */
export async function resultsXlsx(rows: readonly (readonly CsvValue[])[]): Promise<Buffer> {
  const [header = [], ...body] = rows;
  const data = [
    header.map((value) => ({ value: String(value ?? ''), fontWeight: 'bold' as const })),
    ...body.map((row) =>
      row.map((value) =>
        value === null || value === undefined
          ? null
          : typeof value === 'number'
            ? { value, type: Number }
            : { value: String(value), type: String },
      ),
    ),
  ];
  // Loaded on the first export only: the XLSX writer is not worth its memory in every process from start.
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return (await writeXlsxFile(data as never, { sheet: 'Wyniki' }).toBuffer()) as Buffer;
}
