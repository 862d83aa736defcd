import { type CsvValue, toCsv } from '../../platform/csv.ts';
import type { ClusterListItem } from './clusterSearch.ts';
import { isOutdated, meetsStandardsOn } from './freshness.ts';
import { industryName } from './industries.ts';
import { voivodeshipName } from './voivodeships.ts';

/** The most rows one export holds; the whole registry fits many times over. */
export const MAX_EXPORT_ROWS = 20_000;

const HEADER = [
  'Nazwa',
  'Koordynator',
  'Miejscowość',
  'Województwo',
  'Branże',
  'Liczba członków',
  'Status KKK',
  'Standardy zarządzania',
  'Strona internetowa',
  'E-mail',
  'Telefon',
  'Profil uzupełniony',
  'Dane nieaktualne',
  'Dane przykładowe',
  'Adres profilu',
];

const yesNo = (value: boolean) => (value ? 'tak' : 'nie');

/** The filtered list as a CSV file for Polish Excel (see toCsv), in Polish. */
export function clustersCsv(
  clusters: readonly ClusterListItem[],
  context: { today: string; now: Date; baseUrl: string },
): string {
  const rows: CsvValue[][] = clusters.map((cluster) => {
    const completed = cluster.profileCompleted === 1;
    return [
      cluster.name,
      cluster.coordinatorName,
      cluster.city,
      voivodeshipName(cluster.voivodeship, 'pl'),
      cluster.industries.map((code) => industryName(code, 'pl') ?? code).join(', '),
      completed ? cluster.memberCount : null,
      yesNo(cluster.kkk),
      yesNo(meetsStandardsOn(cluster.standardsValidUntil, context.today)),
      cluster.website,
      cluster.email,
      cluster.phone,
      yesNo(completed),
      yesNo(isOutdated(cluster, context.now)),
      yesNo(cluster.isDemo === 1),
      `${context.baseUrl}/klastry/${encodeURIComponent(cluster.slug)}`,
    ];
  });
  return toCsv([HEADER, ...rows]);
}
