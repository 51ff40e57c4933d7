import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ROSTER_FIELDS, type RosterField, type RosterPreview } from '../../../../shared/contract';
import { FIELD_SPEC } from '../../../../shared/domain/roster-fields';

type Columns = RosterPreview['columns'];
export type Mapping = Partial<Record<RosterField, number>>;

/** Field → 1-based column, as the preview says the file is read now. */
export function currentMapping(columns: Columns): Mapping {
  const mapping: Mapping = {};
  for (const column of columns) if (column.field) mapping[column.field] = column.index;
  return mapping;
}

/**
 * The mapping with `field` moved to `index`. A column feeds one field: whichever field had that
 * column gives it up (and the server, told the whole mapping, agrees).
 */
export function remap(columns: Columns, field: RosterField, index: number): Mapping {
  const mapping = currentMapping(columns);
  for (const other of ROSTER_FIELDS) if (mapping[other] === index) delete mapping[other];
  mapping[field] = index;
  return mapping;
}

interface ImportMappingProps {
  columns: Columns;
  changed: boolean;
  disabled: boolean;
  onChange: (mapping: Mapping) => void;
  onReset: () => void;
}

/** Each field with the file column it is read from ("B · NIP BARU"); a change reads the file again. */
export const ImportMapping = memo(function ImportMapping({
  columns,
  changed,
  disabled,
  onChange,
  onReset,
}: ImportMappingProps) {
  const { t } = useTranslation();
  const fieldAt = new Map(columns.flatMap((c) => (c.field ? [[c.index, c.field] as const] : [])));
  const options = columns.map((c) => ({
    value: String(c.index),
    label: `${c.letter} · ${c.header || t('rosterImport.mapping.untitled')}`,
  }));

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm" c="dimmed">
          {t('rosterImport.mapping.intro')}
        </Text>
        {changed && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconRestore size={16} />}
            onClick={onReset}
            disabled={disabled}
            style={{ flexShrink: 0 }}
          >
            {t('rosterImport.mapping.reset')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={3} spacing="md" verticalSpacing="xs">
        {ROSTER_FIELDS.map((field) => {
          const value = columns.find((c) => c.field === field)?.index;
          return (
            <Select
              key={field}
              label={t(`rosterImport.mapping.fields.${field}`)}
              withAsterisk={FIELD_SPEC[field].required}
              placeholder={t('rosterImport.mapping.noColumn')}
              data={options}
              value={value === undefined ? null : String(value)}
              // The server keeps a detected column unless another field takes it, so a field
              // is moved, never emptied: no clear button.
              allowDeselect={false}
              searchable
              disabled={disabled}
              maxDropdownHeight={260}
              renderOption={({ option }) => {
                const user = fieldAt.get(Number(option.value));
                return (
                  <Group gap={6} wrap="nowrap" justify="space-between" w="100%">
                    <Text size="sm" truncate>
                      {option.label}
                    </Text>
                    {user && user !== field && (
                      <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                        {t('rosterImport.mapping.usedBy', {
                          field: t(`rosterImport.mapping.fields.${user}`),
                        })}
                      </Text>
                    )}
                  </Group>
                );
              }}
              onChange={(next) => {
                if (next !== null && Number(next) !== value) onChange(remap(columns, field, Number(next)));
              }}
            />
          );
        })}
      </SimpleGrid>
    </Stack>
  );
});
