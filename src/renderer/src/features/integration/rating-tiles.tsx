import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntegrationCompetency } from '../../../../shared/contract';
import { shortName } from '../assessors/shared/format';
import classes from './integration.module.css';

type Rating = IntegrationCompetency['ratings'][number];

function RatingTile({ rating }: { rating: Rating }) {
  const { t } = useTranslation();
  const draft = !rating.submitted;
  const evidence = rating.evidence.trim();
  return (
    <div
      className={classes.rating}
      data-draft={draft || undefined}
      data-testid="rating"
      aria-label={`${rating.assessorName}, ${rating.methodName}: ${
        rating.level === null
          ? t('integration.card.noLevel')
          : t('integration.card.level', { level: String(rating.level) })
      }${draft ? ` (${t('integration.card.draft')})` : ''}`}
    >
      <div className={classes.ratingLevel}>{rating.level ?? '–'}</div>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Group gap={4} wrap="nowrap">
          <Text size="xs" fw={600} truncate title={rating.assessorName}>
            {shortName(rating.assessorName)}
          </Text>
        </Group>
        <Group gap={4} wrap="nowrap" mb={2}>
          <Badge size="xs" variant="light" color="grape" title={rating.methodName} style={{ flex: 'none' }}>
            {rating.methodCode}
          </Badge>
          {draft && (
            <Tooltip label={t('integration.card.draftHint')} multiline w={260} withinPortal>
              <Badge size="xs" variant="outline" color="gray" style={{ flex: 'none' }}>
                {t('integration.card.draft')}
              </Badge>
            </Tooltip>
          )}
        </Group>
        {evidence ? (
          <Text className={classes.evidence} title={evidence}>
            {evidence}
          </Text>
        ) : (
          <Text size="xs" c="dimmed" fs="italic">
            {t('integration.card.noEvidence')}
          </Text>
        )}
      </div>
    </div>
  );
}

/** Every assessor's rating of one competency, side by side, with the evidence they wrote. */
export function RatingTiles({ ratings }: { ratings: Rating[] }) {
  const { t } = useTranslation();
  if (ratings.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('integration.card.noRatings')}
      </Text>
    );
  return (
    <div className={classes.ratings} role="list" aria-label={t('integration.card.ratings')}>
      {ratings.map((rating) => (
        <div role="listitem" key={`${rating.assessorId}-${rating.methodCode}`}>
          <RatingTile rating={rating} />
        </div>
      ))}
    </div>
  );
}
