import { Accordion, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency, Instruments, Program } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { notifySuccess } from '../../../lib/notify';
import { ScrollPane } from '../shared/scroll-pane';
import { CompetencyModal } from './competency-modal';

type Editing = { opened: boolean; competency: Competency | null };

/** Each competency with its five level descriptors; national ones keep their code, T.x can be added. */
export function CompetenciesPanel({ program, instruments }: { program: Program; instruments: Instruments }) {
  const { t } = useTranslation();
  const api = useApi();
  const [editing, setEditing] = useState<Editing>({ opened: false, competency: null });
  const [deleting, setDeleting] = useState<Competency | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const technical = instruments.competencies.filter((c) => c.kind === 'technical').length;

  return (
    <>
      <Group justify="space-between" gap="md" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('assessors.instruments.competencies.summary', {
            count: instruments.competencies.length,
            technical,
          })}
        </Text>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={() => setEditing({ opened: true, competency: null })}
        >
          {t('assessors.instruments.competencies.add')}
        </Button>
      </Group>
      <ScrollPane label={t('assessors.instruments.sections.competencies')}>
        <Accordion variant="separated" chevronPosition="left" multiple>
          {instruments.competencies.map((competency) => (
            <Accordion.Item key={competency.id} value={String(competency.id)} bg="white">
              <Accordion.Control>
                <Group gap="sm" wrap="nowrap">
                  <Badge variant="light" w={56} style={{ flexShrink: 0 }}>
                    {competency.code}
                  </Badge>
                  <Text fw={500} truncate>
                    {competency.name}
                  </Text>
                  <Badge variant="default" c="dimmed" style={{ flexShrink: 0 }}>
                    {t(`assessors.instruments.kind.${competency.kind}`)}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <LevelTable competency={competency} />
                <Group gap="sm" mt="sm">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPencil size={16} />}
                    onClick={() => setEditing({ opened: true, competency })}
                  >
                    {t('assessors.instruments.competencies.edit')}
                  </Button>
                  {competency.kind === 'technical' && (
                    <Tooltip
                      label={t('assessors.instruments.competencies.inUse')}
                      disabled={!competency.inUse}
                      multiline
                      w={280}
                    >
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={16} />}
                        disabled={competency.inUse}
                        onClick={() => {
                          setDeleting(competency);
                          setDeleteOpen(true);
                        }}
                      >
                        {t('assessors.instruments.competencies.delete')}
                      </Button>
                    </Tooltip>
                  )}
                </Group>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </ScrollPane>
      <CompetencyModal
        opened={editing.opened}
        program={program}
        competency={editing.competency}
        onClose={() => setEditing((current) => ({ ...current, opened: false }))}
      />
      <ConfirmDialog
        opened={deleteOpen}
        title={t('assessors.instruments.competencies.deleteTitle')}
        message={t('assessors.instruments.competencies.deleteMessage', {
          code: deleting?.code ?? '',
          name: deleting?.name ?? '',
        })}
        confirmLabel={t('assessors.instruments.competencies.delete')}
        color="red"
        onConfirm={async () => {
          if (!deleting) return;
          await api.invoke('instruments:delete-competency', { id: deleting.id });
          notifySuccess(t('assessors.instruments.competencies.deleted', { code: deleting.code }));
        }}
        onClose={() => setDeleteOpen(false)}
      />
    </>
  );
}

function LevelTable({ competency }: { competency: Competency }) {
  const { t } = useTranslation();
  const levels = [...competency.levels].sort((a, b) => a.level - b.level);
  return (
    <Table
      verticalSpacing={6}
      aria-label={t('assessors.instruments.competencies.levelsOf', { code: competency.code })}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>{t('assessors.instruments.level')}</Table.Th>
          <Table.Th w="34%">{t('assessors.instruments.levelTitle')}</Table.Th>
          <Table.Th>{t('assessors.instruments.levelDescription')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {levels.map((level) => (
          <Table.Tr key={level.level}>
            <Table.Td>
              <Badge variant="outline" radius="xl">
                {level.level}
              </Badge>
            </Table.Td>
            <Table.Td fw={500}>{level.title}</Table.Td>
            <Table.Td>
              <Text size="sm">{level.description}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
