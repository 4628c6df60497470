import { useState } from 'react';
import { App, Button, Select, Space } from 'antd';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';

const CandidatesDoc = graphql(`
  query InviteCandidates($region: String) {
    organizations(filter: { regionCode: $region }, first: 100) {
      edges { node { id name kind } }
    }
  }
`);

const InviteDoc = graphql(`
  mutation InviteMember($allianceId: ID!, $organizationId: ID!) {
    inviteMember(allianceId: $allianceId, organizationId: $organizationId) { id status }
  }
`);

/** Invite an organization of the region that is not a member yet (nor has a pending membership). */
export function Invite({ allianceId, regionCode, memberIds, onDone }: { allianceId: string; regionCode: string; memberIds: Set<string>; onDone: () => void }) {
  const { t, e } = useI18n();
  const { message } = App.useApp();
  const q = useQuery(CandidatesDoc, { region: regionCode });
  const invite = useMutation(InviteDoc);
  const [orgId, setOrgId] = useState<string | undefined>();
  return (
    <Section title={t('invite')}>
      <Loadable q={q}>
        {(d) => {
          const options = d.organizations.edges
            .map((x) => x.node)
            .filter((o) => !memberIds.has(o.id) && o.kind !== 'GOVERNMENT')
            .map((o) => ({ value: o.id, label: `${o.name}（${e(o.kind)}）` }));
          return (
            <div>
              <Space wrap>
                <Select
                  aria-label={t('inviteOrg')}
                  placeholder={t('inviteOrg')}
                  showSearch
                  optionFilterProp="label"
                  style={{ minWidth: 320 }}
                  value={orgId}
                  onChange={(v) => {
                    setOrgId(v);
                    invite.reset();
                  }}
                  options={options}
                  status={invite.error ? 'error' : undefined}
                />
                <Button
                  type="primary"
                  disabled={!orgId}
                  loading={invite.loading}
                  onClick={async () => {
                    if (orgId && (await invite.run({ allianceId, organizationId: orgId }))) {
                      message.success(t('invited'));
                      setOrgId(undefined);
                      onDone();
                    }
                  }}
                >
                  {t('sendInvitation')}
                </Button>
              </Space>
              <ActionError error={invite.error} />
            </div>
          );
        }}
      </Loadable>
    </Section>
  );
}
