import { ActionIcon, Group, Menu, Text, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconBan,
  IconDotsVertical,
  IconDownload,
  IconFileText,
  IconInfoCircle,
  IconPrinter,
} from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CertificateListItem } from '../../../../../shared/contract';
import { formatNip } from '../../../../../shared/domain/nip';
import { formatMoment, formatMomentShort } from '../shared/format';
import { CertificateStateBadge } from './certificate-state-badge';

const column = createColumnHelper<CertificateListItem>();
const FIXED = { fixedWidth: true };

export interface IssuedActions {
  onDownload: (item: CertificateListItem) => void;
  onPrint: (item: CertificateListItem) => void;
  onDetails: (item: CertificateListItem) => void;
  onReport: (item: CertificateListItem) => void;
  onRevoke: (item: CertificateListItem) => void;
  onReissue: (item: CertificateListItem) => void;
}

function StatusCell({ item, t }: { item: CertificateListItem; t: TFunction }) {
  if (item.status === 'valid') return <CertificateStateBadge item={item} />;
  const note = [
    t('certificates.issued.revokedNote', {
      time: formatMoment(item.revokedAt),
      reason: item.revokeReason ?? '',
    }),
    item.replacedByNumber ? t('certificates.issued.replacedBy', { number: item.replacedByNumber }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip label={note} multiline w={320} withinPortal>
      <span>
        <CertificateStateBadge item={item} />
      </span>
    </Tooltip>
  );
}

/** The register: number, person, state, when issued, how often printed, and what can be done. */
export function issuedColumns(t: TFunction, actions: IssuedActions) {
  return [
    column.accessor('number', {
      header: t('certificates.issued.column.number'),
      size: 236,
      meta: FIXED,
      cell: ({ getValue }) => (
        <Text size="sm" fw={500} truncate style={{ fontVariantNumeric: 'tabular-nums' }}>
          {getValue()}
        </Text>
      ),
    }),
    column.accessor('name', { header: t('certificates.issued.column.name'), size: 260 }),
    column.accessor((item) => formatNip(item.nip), {
      id: 'nip',
      header: t('certificates.issued.column.nip'),
      size: 200,
      meta: FIXED,
    }),
    column.accessor('status', {
      header: t('certificates.issued.column.status'),
      size: 104,
      meta: FIXED,
      cell: ({ row }) => <StatusCell item={row.original} t={t} />,
    }),
    column.accessor((item) => formatMomentShort(item.issuedAt), {
      id: 'issuedAt',
      header: t('certificates.issued.column.issuedAt'),
      size: 164,
      meta: FIXED,
    }),
    column.accessor('printedCount', {
      header: t('certificates.issued.column.printed'),
      size: 80,
      meta: FIXED,
      cell: ({ row }) =>
        row.original.printedCount > 0 ? (
          <Tooltip
            label={t('certificates.issued.lastPrinted', { time: formatMoment(row.original.lastPrintedAt) })}
            withinPortal
          >
            <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('certificates.issued.printedTimes', { count: row.original.printedCount })}
            </Text>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            {t('certificates.issued.notPrinted')}
          </Text>
        ),
    }),
    column.display({
      id: 'actions',
      header: () => null,
      size: 116,
      meta: FIXED,
      cell: ({ row }) => <RowActions item={row.original} actions={actions} t={t} />,
    }),
  ];
}

function RowActions({
  item,
  actions,
  t,
}: {
  item: CertificateListItem;
  actions: IssuedActions;
  t: TFunction;
}) {
  const valid = item.status === 'valid';
  const download = t('certificates.issued.action.download', { number: item.number });
  const print = t('certificates.issued.action.print', { number: item.number });
  return (
    <Group gap={2} wrap="nowrap" justify="flex-end">
      <Tooltip label={download} openDelay={400} withinPortal>
        <ActionIcon
          variant="subtle"
          aria-label={download}
          disabled={!valid}
          onClick={() => actions.onDownload(item)}
        >
          <IconDownload size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={print} openDelay={400} withinPortal>
        <ActionIcon
          variant="subtle"
          aria-label={print}
          disabled={!valid}
          onClick={() => actions.onPrint(item)}
        >
          <IconPrinter size={18} />
        </ActionIcon>
      </Tooltip>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('certificates.issued.action.more', { number: item.number })}
          >
            <IconDotsVertical size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconInfoCircle size={16} />} onClick={() => actions.onDetails(item)}>
            {t('certificates.issued.action.details')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileText size={16} />} onClick={() => actions.onReport(item)}>
            {t('certificates.issued.action.report')}
          </Menu.Item>
          {valid && (
            <>
              <Menu.Divider />
              <Menu.Item leftSection={<IconArrowBackUp size={16} />} onClick={() => actions.onReissue(item)}>
                {t('certificates.issued.action.reissue')}
              </Menu.Item>
              <Menu.Item
                color="red"
                leftSection={<IconBan size={16} />}
                onClick={() => actions.onRevoke(item)}
              >
                {t('certificates.issued.action.revoke')}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
