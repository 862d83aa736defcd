import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CompetitionRules, LATEST_ROUND_RULES } from '../competition/rules.ts';
import { type RankingInput, rankApplications } from './ranking.ts';
import { rankingPage } from './rankingPages.ts';

const rules: CompetitionRules = LATEST_ROUND_RULES;

/** Two experts with the same points per stage-1 criterion (Z1 E1 W1 P1 K1), and consensus per panel criterion. */
function entry(
  applicationId: number,
  submittedAt: string,
  stage1: [number, number, number, number, number],
  panel: [number, number, number, number, number] | null,
): RankingInput {
  const [z, e, w, p, k] = stage1;
  return {
    applicationId,
    submittedAt,
    experts: 2,
    stage1Sums: { Z1: z * 2, E1: e * 2, W1: w * 2, P1: p * 2, K1: k * 2 },
    consensus: panel && { Z2: panel[0], E2: panel[1], W2: panel[2], P2: panel[3], K2: panel[4] },
  };
}

describe('ranking', () => {
  it('orders by total and recommends those reaching the final threshold', () => {
    const ranking = rankApplications(rules, [
      entry(1, '2026-09-01T10:00:00Z', [15, 15, 15, 15, 15], [5, 5, 5, 5, 5]),
      entry(2, '2026-09-01T10:00:00Z', [18, 18, 18, 18, 18], [8, 8, 8, 8, 8]),
    ]);
    assert.deepEqual(
      ranking.map((row) => [row.applicationId, row.position, row.total, row.recommended]),
      [
        [2, 1, 130, true],
        [1, 2, 100, true],
      ],
    );
    assert.equal(ranking[0]?.stage1, 90);
    assert.equal(ranking[0]?.panel, 40);
    assert.equal(ranking[0]?.areas.E, 26);
  });

  it('breaks a tie by the rules’ areas in order, then by the earlier submission', () => {
    const ranking = rankApplications(rules, [
      // Same total 100; tie-break order E, W, Z, P, K.
      entry(1, '2026-09-01T08:00:00Z', [16, 14, 15, 15, 15], [5, 5, 5, 5, 5]),
      entry(2, '2026-09-01T09:00:00Z', [14, 16, 15, 15, 15], [5, 5, 5, 5, 5]),
      entry(3, '2026-09-01T07:00:00Z', [15, 15, 15, 15, 15], [5, 5, 5, 5, 5]),
      entry(4, '2026-09-01T06:00:00Z', [15, 15, 15, 15, 15], [5, 5, 5, 5, 5]),
    ]);
    assert.deepEqual(
      ranking.map((row) => row.applicationId),
      [2, 4, 3, 1],
      'E first (2 has 21), then equal areas by submission (4 before 3), 1 is lowest on E',
    );
  });

  it('does not recommend one under the final threshold or under an area minimum', () => {
    const strict: CompetitionRules = {
      ...rules,
      areas: rules.areas.map((area) => (area.code === 'P' ? { ...area, minPoints: 20 } : area)),
    };
    const ranking = rankApplications(strict, [
      entry(1, '2026-09-01T08:00:00Z', [15, 15, 15, 15, 15], [5, 5, 5, 4, 5]),
      entry(2, '2026-09-01T08:00:00Z', [20, 20, 20, 10, 20], [10, 10, 10, 5, 10]),
    ]);
    const byId = new Map(ranking.map((row) => [row.applicationId, row]));
    assert.equal(byId.get(1)?.meetsFinalThreshold, false, '99 points');
    assert.equal(byId.get(2)?.meetsFinalThreshold, true);
    assert.equal(byId.get(2)?.meetsAreaMinima, false, 'P has 15 of the 20 required');
    assert.equal(byId.get(2)?.recommended, false);
  });

  it('puts applications without a panel consensus after the ranked ones, never recommended', () => {
    const ranking = rankApplications(rules, [
      entry(1, '2026-09-01T08:00:00Z', [20, 20, 20, 20, 20], null),
      entry(2, '2026-09-01T08:00:00Z', [15, 15, 15, 15, 15], [5, 5, 5, 5, 5]),
    ]);
    assert.deepEqual(
      ranking.map((row) => [row.applicationId, row.ranked, row.recommended, row.panel]),
      [
        [2, true, true, 25],
        [1, false, false, null],
      ],
    );
  });

  it('keeps means exact with three experts', () => {
    const [row] = rankApplications(rules, [
      {
        applicationId: 1,
        submittedAt: '2026-09-01T08:00:00Z',
        experts: 3,
        stage1Sums: { Z1: 50, E1: 50, W1: 50, P1: 50, K1: 25 },
        consensus: { Z2: 5, E2: 5, W2: 5, P2: 5, K2: 5 },
      },
    ]);
    assert.equal(row?.meetsFinalThreshold, true, '225 / 3 + 25 = 100');
    assert.equal(row?.total, 100);
  });
});

describe('the operator’s ranking page', () => {
  const rows = Array.from({ length: 250 }, (_, index) => index + 1);
  const base = '/panel/konkurs/7/ranking';

  it('shows a hundred rows a page, with links that keep the order', () => {
    const first = rankingPage(rows, undefined, base);
    assert.deepEqual([first.rows[0], first.rows.at(-1)], [1, 100]);
    assert.deepEqual(first.pager, { page: 1, pages: 3, hrefs: { previous: null, next: `${base}?strona=2` } });
    const last = rankingPage(rows, '3', base);
    assert.deepEqual([last.rows[0], last.rows.at(-1)], [201, 250]);
    assert.deepEqual(last.pager.hrefs, { previous: `${base}?strona=2`, next: null });
  });

  it('answers a page number out of range or not a number with the nearest page', () => {
    assert.equal(rankingPage(rows, '99', base).pager.page, 3);
    assert.equal(rankingPage(rows, '-4', base).pager.page, 1);
    assert.equal(rankingPage(rows, 'abc', base).pager.page, 1);
    assert.deepEqual(rankingPage([], undefined, base).pager, {
      page: 1,
      pages: 1,
      hrefs: { previous: null, next: null },
    });
  });
});
