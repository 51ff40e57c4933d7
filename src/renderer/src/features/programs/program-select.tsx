import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProgramSelection } from './program-selection';

/** The header's "active programme" chooser: every stage works on the programme chosen here. */
export function ProgramSelect() {
  const { t } = useTranslation();
  const { programs, program, select } = useProgramSelection();
  const data = programs.map((p) => ({ value: String(p.id), label: `${p.code} · ${p.name}` }));

  return (
    <Select
      aria-label={t('header.program')}
      placeholder={programs.length === 0 ? t('header.noPrograms') : t('header.programPlaceholder')}
      data={data}
      value={program ? String(program.id) : null}
      onChange={(value) => value && select(Number(value))}
      allowDeselect={false}
      disabled={programs.length === 0}
      searchable={programs.length > 8}
      w={380}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
