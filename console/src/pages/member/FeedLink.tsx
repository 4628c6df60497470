import { useState } from 'react';
import { Button, Input, Space } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';

const FeedDoc = graphql(`
  query BaseCalendarFeed($id: ID!) {
    trainingBase(id: $id) { id calendarFeedUrl }
  }
`);

/** The base's iCalendar subscription link (a signed URL from the API), with a copy button. */
export function FeedLink({ baseId }: { baseId: string }) {
  const { t } = useI18n();
  const q = useQuery(FeedDoc, { id: baseId });
  const [copied, setCopied] = useState(false);
  return (
    <Section title={t('subscribe')}>
      <Loadable q={q}>
        {(d) => (
          <Space.Compact style={{ width: '100%' }}>
            <Input readOnly aria-label={t('subscribe')} value={d.trainingBase?.calendarFeedUrl ?? ''} data-testid="feed-url" />
            <Button
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(d.trainingBase?.calendarFeedUrl ?? '');
                  setCopied(true);
                } catch {
                  setCopied(false);
                }
              }}
            >
              {copied ? t('copied') : t('copy')}
            </Button>
          </Space.Compact>
        )}
      </Loadable>
    </Section>
  );
}
