import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateListItem } from '../../../../../shared/contract';

/** Berlaku (green) or Dicabut (orange): the same two colours as the verification answer. */
export function CertificateStateBadge({ item }: { item: Pick<CertificateListItem, 'status'> }) {
  const { t } = useTranslation();
  return (
    <Badge color={item.status === 'valid' ? 'teal' : 'orange'} variant="light" tt="none">
      {t(`certificates.issued.status.${item.status}`)}
    </Badge>
  );
}
