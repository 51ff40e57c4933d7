import { Badge, NativeSelect, Table, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instruments, Program } from '../../../../../shared/contract';
import { LEVELS } from '../../../../../shared/domain/competencies';
import { useApi } from '../../../api/api-context';
import { notifyError } from '../../../lib/notify';
import { ScrollPane } from '../shared/scroll-pane';
import { useOverlay } from '../shared/use-overlay';

const standardKey = (positionLevel: string, competencyId: number) => `${positionLevel}|${competencyId}`;
const NONE = '';
const MIXED = 'mixed';

/**
 * The required level per position level and competency, as a grid of small 1–5 selects. A change
 * is saved at once; the "all" column sets a whole row in one go (the usual edit: "Administrator 3").
 */
export function StandardsPanel({ program, instruments }: { program: Program; instruments: Instruments }) {
  const { t } = useTranslation();
  const api = useApi();
  const base = useMemo(
    () => new Map(instruments.standards.map((s) => [standardKey(s.positionLevel, s.competencyId), s.level])),
    [instruments.standards],
  );
  const standards = useOverlay(base);
  const levelOptions = LEVELS.map((level) => ({ value: String(level), label: String(level) }));

  const setLevels = (positionLevel: string, competencyIds: number[], level: number) => {
    standards
      .run(
        (current) => {
          const next = new Map(current);
          for (const id of competencyIds) next.set(standardKey(positionLevel, id), level);
          return next;
        },
        async () => {
          for (const competencyId of competencyIds) {
            await api.invoke('instruments:set-standard', {
              programId: program.id,
              positionLevel,
              competencyId,
              level,
            });
          }
        },
      )
      .catch(notifyError);
  };

  const rowValue = (positionLevel: string): string => {
    const values = new Set(
      instruments.competencies.map((c) => standards.value.get(standardKey(positionLevel, c.id))),
    );
    if (values.size !== 1) return MIXED;
    const [only] = values;
    return only === undefined ? NONE : String(only);
  };

  return (
    <>
      <Text size="sm" c="dimmed">
        {t('assessors.instruments.standards.hint')}
      </Text>
      <ScrollPane label={t('assessors.instruments.standards.label')} bg="white" bd="1px solid gray.3">
        <Table
          stickyHeader
          withColumnBorders
          verticalSpacing={4}
          aria-label={t('assessors.instruments.standards.label')}
          style={{ minWidth: 260 + instruments.competencies.length * 64 }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={160}>{t('assessors.instruments.standards.positionLevel')}</Table.Th>
              <Table.Th w={100} ta="center" bg="gray.0">
                <Tooltip label={t('assessors.instruments.standards.allHint')} multiline w={220}>
                  <span>{t('assessors.instruments.standards.all')}</span>
                </Tooltip>
              </Table.Th>
              {instruments.competencies.map((c) => (
                <Table.Th key={c.id} ta="center">
                  <Tooltip label={c.name}>
                    <span>{c.code}</span>
                  </Tooltip>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {instruments.positionLevels.map((positionLevel) => {
              const all = rowValue(positionLevel);
              return (
                <Table.Tr key={positionLevel}>
                  <Table.Td fw={500}>{positionLevel}</Table.Td>
                  <Table.Td ta="center" bg="gray.0">
                    <NativeSelect
                      size="xs"
                      aria-label={t('assessors.instruments.standards.allLabel', { positionLevel })}
                      value={all}
                      data={[
                        ...(all === MIXED
                          ? [
                              {
                                value: MIXED,
                                label: t('assessors.instruments.standards.mixed'),
                                disabled: true,
                              },
                            ]
                          : []),
                        ...(all === NONE ? [{ value: NONE, label: '–', disabled: true }] : []),
                        ...levelOptions,
                      ]}
                      onChange={(event) => {
                        const level = Number(event.currentTarget.value);
                        if (level >= 1)
                          setLevels(
                            positionLevel,
                            instruments.competencies.map((c) => c.id),
                            level,
                          );
                      }}
                    />
                  </Table.Td>
                  {instruments.competencies.map((c) => {
                    const level = standards.value.get(standardKey(positionLevel, c.id));
                    return (
                      <Table.Td key={c.id} ta="center">
                        <NativeSelect
                          size="xs"
                          w={54}
                          display="inline-block"
                          aria-label={t('assessors.instruments.standards.cellLabel', {
                            code: c.code,
                            positionLevel,
                          })}
                          value={level === undefined ? NONE : String(level)}
                          data={[
                            ...(level === undefined ? [{ value: NONE, label: '–', disabled: true }] : []),
                            ...levelOptions,
                          ]}
                          onChange={(event) => {
                            const next = Number(event.currentTarget.value);
                            if (next >= 1) setLevels(positionLevel, [c.id], next);
                          }}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollPane>
      <Text size="xs" c="dimmed">
        <Badge size="xs" variant="default" mr={6}>
          –
        </Badge>
        {t('assessors.instruments.standards.noneNote')}
      </Text>
    </>
  );
}
