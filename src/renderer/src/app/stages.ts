import {
  IconArrowsJoin,
  IconCalendarUser,
  IconCertificate,
  IconChartBar,
  IconClipboardList,
  IconFileSpreadsheet,
  IconListCheck,
  IconSettings,
  IconShieldCheck,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

/** The stages of an assessment day, in the order the operator works through them. */
export const STAGES = [
  'programs',
  'roster',
  'assessors',
  'scoring',
  'integration',
  'results',
  'certificates',
  'export',
  'verify',
  'settings',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_ICONS: Record<Stage, Icon> = {
  programs: IconClipboardList,
  roster: IconUsers,
  assessors: IconCalendarUser,
  scoring: IconListCheck,
  integration: IconArrowsJoin,
  results: IconChartBar,
  certificates: IconCertificate,
  export: IconFileSpreadsheet,
  verify: IconShieldCheck,
  settings: IconSettings,
};

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}
