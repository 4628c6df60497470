import { useMemo } from 'react';
import { useQuery } from '../../api';
import { LineChartView } from '../../components/LineChartView';
import { Loadable } from '../../components/Loadable';
import { monthEnds } from '../../format';
import { useI18n } from '../../i18n';

interface Sample {
  asOf: string;
  total: number;
  schools: number;
  enterprises: number;
}

/** One request for the whole series: memberCounts at every month end, each under its own alias. */
export function MembersOverTime({ allianceId, foundedOn, asOf }: { allianceId: string; foundedOn: string; asOf: string }) {
  const { t } = useI18n();
  const dates = useMemo(() => monthEnds(foundedOn, asOf), [foundedOn, asOf]);
  const doc = useMemo(
    () => ({
      toString: () =>
        `query MemberCountsOverTime($id: ID!) { alliance(id: $id) { id ${dates.map((d, i) => `m${i}: memberCounts(asOf: "${d}") { asOf total schools enterprises }`).join(' ')} } }`,
    }),
    [dates],
  );
  const q = useQuery<{ alliance: Record<string, Sample | string> | null }, { id: string }>(doc, { id: allianceId });
  return (
    <Loadable q={q}>
      {(d) => {
        const samples = dates.map((_, i) => d.alliance?.[`m${i}`] as Sample | undefined).filter((s): s is Sample => !!s);
        const series = [
          { name: t('total'), data: samples.map((s) => s.total) },
          { name: t('schools'), data: samples.map((s) => s.schools) },
          { name: t('enterprises'), data: samples.map((s) => s.enterprises) },
        ];
        return <LineChartView x={samples.map((s) => s.asOf.slice(0, 7))} series={series} label={t('chartLabel')} />;
      }}
    </Loadable>
  );
}
