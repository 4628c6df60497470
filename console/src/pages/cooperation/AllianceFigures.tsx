import { Descriptions } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useCoopText } from './texts';

const FiguresDoc = graphql(`
  query CoopAllianceFigures($allianceId: ID!) {
    allianceCooperationFigures(allianceId: $allianceId) {
      agreementsInForce
      agreementsTotal
      placements
      internPersonMonths
      apprentices
      orderClassStudents
      graduatesPlaced
      graduatesRetained
    }
  }
`);

/** The lead's view of the alliance's cooperation today: agreements, internships, apprenticeships, graduates. */
export function AllianceFigures({ allianceId }: { allianceId: string }) {
  const { c } = useCoopText();
  const q = useQuery(FiguresDoc, { allianceId });
  return (
    <Section title={c('figures')}>
      <Loadable q={q}>
        {(d) => {
          const f = d.allianceCooperationFigures;
          const items = (['agreementsInForce', 'agreementsTotal', 'placementsCount', 'internPersonMonths', 'apprentices', 'orderClassStudents', 'graduatesPlaced', 'graduatesRetained'] as const).map((k) => ({
            key: k,
            label: c(k),
            children: String(k === 'placementsCount' ? f.placements : f[k]),
          }));
          return <Descriptions size="small" bordered column={{ xs: 1, sm: 2, md: 4 }} items={items} />;
        }}
      </Loadable>
    </Section>
  );
}
