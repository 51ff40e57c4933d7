import { ActionIcon, Badge, Button, Checkbox, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentMethod, Instruments, MatrixCell, Program } from '../../../../../shared/contract';
import { useApi } from '../../../api/api-context';
import { notifyError } from '../../../lib/notify';
import { ScrollPane } from '../shared/scroll-pane';
import { useOverlay } from '../shared/use-overlay';
import { MethodModal } from './method-modal';

const cellKey = (competencyId: number, methodId: number) => `${competencyId}:${methodId}`;

type Editing = { opened: boolean; method: AssessmentMethod | null };

/**
 * Which method gives evidence for which competency, as a grid of checkboxes. A tick is saved at
 * once (the whole matrix, as the core wants it) and shows immediately.
 */
export function MatrixPanel({ program, instruments }: { program: Program; instruments: Instruments }) {
  const { t } = useTranslation();
  const api = useApi();
  const [editing, setEditing] = useState<Editing>({ opened: false, method: null });
  const base = useMemo(
    () => new Set(instruments.matrix.map((c) => cellKey(c.competencyId, c.methodId))),
    [instruments.matrix],
  );
  const matrix = useOverlay(base);
  const rubricName = (id: number | null) => instruments.rubrics.find((r) => r.id === id)?.name ?? '';

  const toggle = (competencyId: number, methodId: number) => {
    const key = cellKey(competencyId, methodId);
    matrix
      .run(
        (current) => {
          const next = new Set(current);
          if (next.has(key)) next.delete(key);
          else next.add(key);
          return next;
        },
        (next) => {
          const cells: MatrixCell[] = [...next].map((k) => {
            const [c, m] = k.split(':').map(Number);
            return { competencyId: c as number, methodId: m as number };
          });
          return api.invoke('instruments:set-matrix', { programId: program.id, cells });
        },
      )
      .catch(notifyError);
  };

  const countFor = (methodId: number) =>
    instruments.competencies.filter((c) => matrix.value.has(cellKey(c.id, methodId))).length;

  return (
    <>
      <Group justify="space-between" gap="md" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('assessors.instruments.matrix.hint')}
        </Text>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={() => setEditing({ opened: true, method: null })}
          style={{ flexShrink: 0 }}
        >
          {t('assessors.instruments.methods.add')}
        </Button>
      </Group>
      <ScrollPane label={t('assessors.instruments.matrix.label')} bg="white" bd="1px solid gray.3">
        <Table
          stickyHeader
          withColumnBorders
          verticalSpacing={6}
          aria-label={t('assessors.instruments.matrix.label')}
          style={{ minWidth: 280 + instruments.methods.length * 120 }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={280}>{t('assessors.instruments.matrix.competency')}</Table.Th>
              {instruments.methods.map((method) => (
                <Table.Th key={method.id} ta="center" style={{ verticalAlign: 'top' }}>
                  <Stack gap={2} align="center">
                    <Group gap={4} wrap="nowrap" justify="center">
                      <Text fw={700} size="sm">
                        {method.code}
                      </Text>
                      <Tooltip label={t('assessors.instruments.methods.editLabel', { code: method.code })}>
                        <ActionIcon
                          variant="subtle"
                          size="sm"
                          aria-label={t('assessors.instruments.methods.editLabel', { code: method.code })}
                          onClick={() => setEditing({ opened: true, method })}
                        >
                          <IconPencil size={14} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                    <Text size="xs" c="dimmed" fw={400} lineClamp={2} title={method.name}>
                      {method.name}
                    </Text>
                    {method.rubricId !== null && (
                      <Badge size="xs" variant="light" color="grape">
                        {t('assessors.instruments.methods.rubricBadge', {
                          name: rubricName(method.rubricId),
                        })}
                      </Badge>
                    )}
                  </Stack>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {instruments.competencies.map((competency) => (
              <Table.Tr key={competency.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Badge variant="light" w={52} style={{ flexShrink: 0 }}>
                      {competency.code}
                    </Badge>
                    <Text size="sm" truncate>
                      {competency.name}
                    </Text>
                  </Group>
                </Table.Td>
                {instruments.methods.map((method) => (
                  <Table.Td key={method.id} ta="center">
                    <Checkbox
                      display="inline-block"
                      aria-label={t('assessors.instruments.matrix.cellLabel', {
                        competency: `${competency.code} ${competency.name}`,
                        method: method.code,
                      })}
                      checked={matrix.value.has(cellKey(competency.id, method.id))}
                      onChange={() => toggle(competency.id, method.id)}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {t('assessors.instruments.matrix.total')}
                </Text>
              </Table.Td>
              {instruments.methods.map((method) => (
                <Table.Td key={method.id} ta="center">
                  <Text size="xs" c={countFor(method.id) === 0 ? 'orange.8' : 'dimmed'}>
                    {t('assessors.instruments.matrix.count', { count: countFor(method.id) })}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
        {instruments.methods.length === 0 && (
          <Text c="dimmed" ta="center" p="xl">
            {t('assessors.instruments.methods.empty')}
          </Text>
        )}
      </ScrollPane>
      <MethodModal
        opened={editing.opened}
        program={program}
        method={editing.method}
        instruments={instruments}
        onClose={() => setEditing((current) => ({ ...current, opened: false }))}
      />
    </>
  );
}
