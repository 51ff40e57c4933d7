import { ActionIcon, Badge, Group, Paper, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArchive, IconPencil, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../shared/contract';
import { formatDateRangeId } from '../../../../shared/domain/dates';

interface ProgramTableProps {
  programs: Program[];
  selectedId: number | null;
  onSelect: (program: Program) => void;
  onEdit: (program: Program) => void;
  onArchive: (program: Program, archived: boolean) => void;
}

/** Programmes are few (a handful a year), so a plain table; rosters get the virtual one. */
export function ProgramTable({ programs, selectedId, onSelect, onEdit, onArchive }: ProgramTableProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <Paper withBorder style={{ overflow: 'hidden', maxHeight: '100%', display: 'flex' }}>
      <Table.ScrollContainer minWidth={900} style={{ flex: 1 }} maxHeight="100%" type="native">
        <Table highlightOnHover verticalSpacing="sm" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t('programs.column.code')}</Table.Th>
              <Table.Th>{t('programs.column.name')}</Table.Th>
              <Table.Th w={180}>{t('programs.column.dates')}</Table.Th>
              <Table.Th w={170}>{t('programs.column.purpose')}</Table.Th>
              <Table.Th w={84} ta="right">
                {t('programs.column.candidates')}
              </Table.Th>
              <Table.Th w={84} ta="right">
                {t('programs.column.assessors')}
              </Table.Th>
              <Table.Th w={150}>{t('programs.column.status')}</Table.Th>
              <Table.Th w={84}>
                <VisuallyHidden>{t('programs.column.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {programs.map((program) => {
              const selected = program.id === selectedId && !program.archived;
              return (
                <Table.Tr
                  key={program.id}
                  onClick={() => !program.archived && onSelect(program)}
                  bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
                  style={{ cursor: program.archived ? 'default' : 'pointer' }}
                  aria-selected={selected}
                >
                  <Table.Td>
                    <Text fw={600} size="sm" ff="monospace">
                      {program.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} c={program.archived ? 'dimmed' : undefined}>
                      {program.name}
                    </Text>
                    {program.organiser && (
                      <Text size="xs" c="dimmed">
                        {program.organiser}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={program.startDate ? undefined : 'dimmed'}>
                      {formatDateRangeId(program.startDate, program.endDate) || t('programs.noDates')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`purpose.${program.purpose}`)}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{number.format(program.candidateCount)}</Table.Td>
                  <Table.Td ta="right">{number.format(program.assessorCount)}</Table.Td>
                  <Table.Td>
                    {program.archived ? (
                      <Badge color="gray" variant="light">
                        {t('programs.status.archived')}
                      </Badge>
                    ) : selected ? (
                      <Badge variant="filled">{t('programs.status.selected')}</Badge>
                    ) : (
                      <Badge color="gray" variant="outline">
                        {t('programs.status.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td onClick={(event) => event.stopPropagation()}>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {!program.archived && (
                        <Tooltip label={t('programs.action.edit')}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`${t('programs.action.edit')} ${program.code}`}
                            onClick={() => onEdit(program)}
                          >
                            <IconPencil size={18} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      <Tooltip
                        label={program.archived ? t('programs.action.restore') : t('programs.action.archive')}
                      >
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`${program.archived ? t('programs.action.restore') : t('programs.action.archive')} ${program.code}`}
                          onClick={() => onArchive(program, !program.archived)}
                        >
                          {program.archived ? <IconRestore size={18} /> : <IconArchive size={18} />}
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
