import { useMemo } from 'react';
import { Button, Table, Tag } from 'antd';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import type { Program } from './types';
import { useAllStandings, type Standing } from './useAllStandings';

/** Alliances of the funder's region × its programs: qualifies today (from the grantStandings projection), with a link to each report. */
export function Standings({ programs, onReport }: { programs: Program[]; onReport: (allianceId: string, programId: string) => void }) {
  const { t, e, lang } = useI18n();
  const { q, standings, hasMore, more } = useAllStandings();
  const rows = useMemo(() => {
    const by = new Map<string, { allianceId: string; name: string; regionCode: string; cells: Map<string, Standing> }>();
    for (const s of standings) {
      let r = by.get(s.alliance.id);
      if (!r) by.set(s.alliance.id, (r = { allianceId: s.alliance.id, name: s.allianceName, regionCode: s.regionCode, cells: new Map() }));
      r.cells.set(s.program.id, s);
    }
    return [...by.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [standings]);
  return (
    <Section title={t('standings')} extra={<Button onClick={q.reload}>{t('refresh')}</Button>}>
      <Loadable q={q}>
        {() => (
          <>
            <Table
              size="small"
              rowKey="allianceId"
              dataSource={rows}
              pagination={rows.length > 50 ? { pageSize: 50 } : false}
              scroll={{ x: 640 }}
              locale={{ emptyText: t('nothing') }}
              columns={[
                { title: t('alliance'), dataIndex: 'name', fixed: 'left', width: 200 },
                ...programs.map((p) => ({
                  title: `${p.name}（${t('qualifiesToday')}）`,
                  key: p.id,
                  render: (_: unknown, r: (typeof rows)[number]) => {
                    const s = r.cells.get(p.id);
                    if (!s) return '—';
                    const words = lang === 'en' ? s.shortfall : s.shortfall.length ? zhShortfall(s, t) : [];
                    return (
                      <div data-standing={`${r.name}|${p.code}`} data-eligible={s.eligible}>
                        <Tag color={s.eligible ? 'green' : 'red'}>{s.eligible ? t('eligible') : t('notEligible')}</Tag>
                        {s.applicationStatus && <Tag>{e(s.applicationStatus)}</Tag>}
                        {s.awarded && <Tag color="blue">{t('awarded')}</Tag>}
                        {!s.eligible && <div style={{ color: '#595959', fontSize: 12 }}>{words.join('；')}</div>}
                        <Button type="link" size="small" onClick={() => onReport(r.allianceId, p.id)} aria-label={`${t('report')}: ${r.name} · ${p.name}`}>
                          {t('report')}
                        </Button>
                      </div>
                    );
                  },
                })),
              ]}
            />
            {hasMore && (
              <Button style={{ marginTop: 8 }} onClick={more} loading={q.loading}>
                {t('loadMore')}
              </Button>
            )}
          </>
        )}
      </Loadable>
    </Section>
  );
}

/** The projection carries counts and English shortfall; in Chinese the words are rebuilt from the English pattern. */
function zhShortfall(s: Standing, t: ReturnType<typeof useI18n>['t']): string[] {
  return s.shortfall.map((w) => {
    const n = /^(\d+)/.exec(w)?.[1] ?? /of (\d+)/.exec(w)?.[1] ?? '';
    if (/enterprise/.test(w)) return t('moreEnterprises', { n });
    if (/type/.test(w)) return t('moreSchoolTypes', { n });
    if (/school/.test(w)) return t('moreSchools', { n });
    if (/ACTIVE|status|active/i.test(w)) return t('allianceNotActive');
    if (/lead|disqualif/i.test(w)) return t('leadDisqualified');
    return w;
  });
}
