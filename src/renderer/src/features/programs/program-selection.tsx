import { useLocalStorage } from '@mantine/hooks';
import { createContext, use, useMemo, type ReactNode } from 'react';
import type { Program } from '../../../../shared/contract';
import type { ApiError } from '../../api/api-error';
import { useApiQuery } from '../../api/use-api-query';

interface ProgramSelection {
  /** The programmes that are not archived, newest first as the core lists them. */
  programs: Program[];
  /** The programme every stage works on; null when there is none yet. */
  program: Program | null;
  select: (id: number) => void;
  loading: boolean;
  error: ApiError | null;
}

const ProgramSelectionContext = createContext<ProgramSelection | null>(null);

/**
 * Holds "which programme are we working on". The choice is remembered on this computer; when it
 * disappears (archived, or a fresh data folder) the first active programme takes its place.
 */
export function ProgramSelectionProvider({ children }: { children: ReactNode }) {
  const { data, loading, error } = useApiQuery('program:list', { includeArchived: false });
  const [selectedId, setSelectedId] = useLocalStorage<number | null>({
    key: 'asesa.programId',
    defaultValue: null,
    getInitialValueInEffect: false,
  });

  const value = useMemo((): ProgramSelection => {
    const programs = data ?? [];
    const program = programs.find((p) => p.id === selectedId) ?? programs[0] ?? null;
    return { programs, program, select: setSelectedId, loading, error };
  }, [data, selectedId, setSelectedId, loading, error]);

  return <ProgramSelectionContext value={value}>{children}</ProgramSelectionContext>;
}

export function useProgramSelection(): ProgramSelection {
  const selection = use(ProgramSelectionContext);
  if (!selection) throw new Error('useProgramSelection() needs a <ProgramSelectionProvider>');
  return selection;
}
