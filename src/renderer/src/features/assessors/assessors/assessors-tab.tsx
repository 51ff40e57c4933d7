import {
  ActionIcon,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconKey, IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessor, Program } from '../../../../../shared/contract';
import { formatNip } from '../../../../../shared/domain/nip';
import { useApi } from '../../../api/api-context';
import { useApiQuery } from '../../../api/use-api-query';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../lib/notify';
import { programChange } from '../shared/program-change';
import { ScrollPane } from '../shared/scroll-pane';
import { AssessorModal } from './assessor-modal';
import { PinModal } from './pin-modal';

type Editing = { opened: boolean; assessor: Assessor | null };

/** The programme's assessors: who they are, their agency (for conflicts), and their PIN. */
export function AssessorsTab({ program }: { program: Program }) {
  const { t } = useTranslation();
  const api = useApi();
  const query = useApiQuery(
    'assessor:list',
    { programId: program.id },
    { refreshOn: programChange(program.id) },
  );
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing>({ opened: false, assessor: null });
  const [pinFor, setPinFor] = useState<Assessor | null>(null);
  const [pinOpen, setPinOpen] = useState(false);
  const [deleting, setDeleting] = useState<Assessor | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);

  const assessors = useMemo(() => query.data ?? [], [query.data]);
  const shown = useMemo(() => {
    const words = search.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
    if (words.length === 0) return assessors;
    return assessors.filter((a) => {
      const text = `${a.name} ${a.nip ?? ''} ${a.unit}`.toLocaleLowerCase('id');
      return words.every((w) => text.includes(w));
    });
  }, [assessors, search]);
  const leads = assessors.filter((a) => a.role === 'lead').length;

  if (query.error) return <ErrorAlert error={query.error} onRetry={query.refresh} />;
  if (!query.data)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );

  return (
    <>
      <Group justify="space-between" gap="md" wrap="nowrap" mb="sm">
        <Text size="sm" fw={500} role="status" data-testid="assessor-count">
          {t('assessors.people.count', { count: assessors.length, leads })}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <TextInput
            type="search"
            aria-label={t('assessors.people.searchLabel')}
            placeholder={t('assessors.people.search')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={300}
          />
          <Button
            leftSection={<IconPlus size={18} />}
            onClick={() => setEditing({ opened: true, assessor: null })}
          >
            {t('assessors.people.add')}
          </Button>
        </Group>
      </Group>
      {assessors.length === 0 ? (
        <Center p="xl" style={{ flex: 1 }}>
          <Text c="dimmed" ta="center" maw={520}>
            {t('assessors.people.empty')}
          </Text>
        </Center>
      ) : (
        <ScrollPane label={t('assessors.people.tableLabel')} bg="white" bd="1px solid gray.3">
          <Table
            stickyHeader
            highlightOnHover
            verticalSpacing={8}
            aria-label={t('assessors.people.tableLabel')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">{t('assessors.people.name')}</Table.Th>
                <Table.Th w={190}>{t('assessors.people.nip')}</Table.Th>
                <Table.Th>{t('assessors.people.unit')}</Table.Th>
                <Table.Th w={110} ta="right">
                  {t('assessors.people.assignments')}
                </Table.Th>
                <Table.Th w={230}>{t('assessors.people.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((assessor) => (
                <Table.Tr key={assessor.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {assessor.name}
                    </Text>
                    {assessor.role === 'lead' && (
                      <Badge size="sm" color="grape" variant="light" mt={2}>
                        {t('assessors.people.roles.lead')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {assessor.nip ? (
                      formatNip(assessor.nip)
                    ) : (
                      <Text span c="dimmed" size="sm">
                        {t('assessors.people.noNip')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {assessor.unit || (
                      <Text span c="orange.8" size="sm">
                        {t('assessors.people.noUnit')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{assessor.assignments}</Text>
                    {assessor.submitted > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('assessors.people.submitted', { count: assessor.submitted })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconPencil size={14} />}
                        aria-label={t('assessors.people.editLabel', { name: assessor.name })}
                        onClick={() => setEditing({ opened: true, assessor })}
                      >
                        {t('assessors.people.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconKey size={14} />}
                        aria-label={t('assessors.people.pinLabel', { name: assessor.name })}
                        onClick={() => {
                          setPinFor(assessor);
                          setPinOpen(true);
                        }}
                      >
                        {t('assessors.people.newPin')}
                      </Button>
                      <Tooltip label={t('assessors.people.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('assessors.people.deleteLabel', { name: assessor.name })}
                          onClick={() => {
                            setDeleting(assessor);
                            setDeleteOpen(true);
                          }}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {shown.length === 0 && (
            <Text c="dimmed" ta="center" p="xl">
              {t('assessors.people.noMatch')}
            </Text>
          )}
        </ScrollPane>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('assessors.people.note')}
      </Text>
      <AssessorModal
        opened={editing.opened}
        program={program}
        assessor={editing.assessor}
        onClose={() => setEditing((current) => ({ ...current, opened: false }))}
      />
      <PinModal opened={pinOpen} assessor={pinFor} onClose={() => setPinOpen(false)} />
      <ConfirmDialog
        opened={deleteOpen}
        title={t('assessors.people.deleteTitle')}
        message={t('assessors.people.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('assessors.people.delete')}
        color="red"
        onConfirm={async () => {
          if (!deleting) return;
          await api.invoke('assessor:delete', { id: deleting.id });
          notifySuccess(t('assessors.people.deleted', { name: deleting.name }));
        }}
        onClose={() => setDeleteOpen(false)}
      />
    </>
  );
}
