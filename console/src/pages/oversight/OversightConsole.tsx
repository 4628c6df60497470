import { Tabs } from 'antd';
import { useI18n } from '../../i18n';
import { useTab } from '../../router';
import { FunderDeclarations } from './FunderDeclarations';
import { Evaluations, PilotCities } from './EvaluationAndPilots';

/** A funder's continuing oversight (issue 17): 产教融合型企业 declarations, the yearly evaluation, pilot cities. */
export default function OversightConsole() {
  const { t } = useI18n();
  const [tab, setTab] = useTab('oversight', 'declarations');
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      destroyOnHidden
      items={[
        { key: 'declarations', label: t('oversight'), children: <FunderDeclarations /> },
        { key: 'evaluation', label: t('evaluationTab'), children: <Evaluations /> },
        { key: 'pilot-cities', label: t('pilotCities'), children: <PilotCities /> },
      ]}
    />
  );
}
