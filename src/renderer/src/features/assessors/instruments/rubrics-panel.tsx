import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instruments, Program, Rubric } from '../../../../../shared/contract';
import { ScrollPane } from '../shared/scroll-pane';
import { RubricModal, weightShare } from './rubric-modal';

type Editing = { opened: boolean; rubric: Rubric | null };

/** Weighted rubrics (criteria, weights, a 1–100 scale) for panels that judge without levels. */
export function RubricsPanel({ program, instruments }: { program: Program; instruments: Instruments }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Editing>({ opened: false, rubric: null });
  const methodsOf = (rubricId: number) => instruments.methods.filter((m) => m.rubricId === rubricId);

  return (
    <>
      <Group justify="space-between" gap="md" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('assessors.instruments.rubrics.hint')}
        </Text>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={() => setEditing({ opened: true, rubric: null })}
          style={{ flexShrink: 0 }}
        >
          {t('assessors.instruments.rubrics.add')}
        </Button>
      </Group>
      <ScrollPane label={t('assessors.instruments.sections.rubrics')}>
        {instruments.rubrics.length === 0 ? (
          <Text c="dimmed" ta="center" p="xl">
            {t('assessors.instruments.rubrics.empty')}
          </Text>
        ) : (
          <Stack gap="sm">
            {instruments.rubrics.map((rubric) => (
              <Card key={rubric.id} withBorder padding="md">
                <Group justify="space-between" wrap="nowrap" mb="xs">
                  <Group gap="sm">
                    <Text fw={600}>{rubric.name}</Text>
                    <Badge variant="light">
                      {t('assessors.instruments.rubrics.scale', {
                        min: String(rubric.scaleMin),
                        max: String(rubric.scaleMax),
                      })}
                    </Badge>
                    {methodsOf(rubric.id).map((m) => (
                      <Badge key={m.id} variant="outline" color="grape">
                        {t('assessors.instruments.rubrics.usedBy', { code: m.code })}
                      </Badge>
                    ))}
                    {methodsOf(rubric.id).length === 0 && (
                      <Badge variant="light" color="orange">
                        {t('assessors.instruments.rubrics.unused')}
                      </Badge>
                    )}
                  </Group>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPencil size={16} />}
                    onClick={() => setEditing({ opened: true, rubric })}
                  >
                    {t('assessors.instruments.rubrics.edit')}
                  </Button>
                </Group>
                <Table verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('assessors.instruments.rubrics.criterion')}</Table.Th>
                      <Table.Th w={110} ta="right">
                        {t('assessors.instruments.rubrics.weight')}
                      </Table.Th>
                      <Table.Th w={110} ta="right">
                        {t('assessors.instruments.rubrics.share')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rubric.criteria.map((criterion) => (
                      <Table.Tr key={criterion.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {criterion.name}
                          </Text>
                          {criterion.description && (
                            <Text size="xs" c="dimmed">
                              {criterion.description}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{criterion.weight.toLocaleString(i18n.language)}</Table.Td>
                        <Table.Td ta="right">
                          {weightShare(criterion.weight, rubric.weightTotal, i18n.language)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            ))}
          </Stack>
        )}
      </ScrollPane>
      <RubricModal
        opened={editing.opened}
        program={program}
        rubric={editing.rubric}
        onClose={() => setEditing((current) => ({ ...current, opened: false }))}
      />
    </>
  );
}
