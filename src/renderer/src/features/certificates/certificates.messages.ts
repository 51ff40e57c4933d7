/**
 * Texts of the Sertifikat stage and the Verifikasi screen. Mounted as `certificates` in
 * messages.id.ts / messages.en.ts; each tab keeps its own texts beside its screens.
 */
import { issueEn, issueId } from './issue/issue.messages';
import { issuedEn, issuedId } from './issued/issued.messages';
import type { Texts } from './shared/texts';
import { templateEn, templateId } from './template/template.messages';
import { verifyEn, verifyId } from './verify/verify.messages';

const id = {
  title: 'Sertifikat',
  description: 'Program {{code}}: templat, penerbitan, pencetakan sertifikat, dan laporan individu.',
  tabs: { template: 'Templat', issue: 'Terbitkan', issued: 'Sertifikat terbit' },
  ...templateId,
  ...issueId,
  ...issuedId,
  ...verifyId,
} as const;

const en: Texts<typeof id> = {
  title: 'Certificates',
  description: 'Programme {{code}}: template, issuing and printing certificates, and individual reports.',
  tabs: { template: 'Template', issue: 'Issue', issued: 'Issued certificates' },
  ...templateEn,
  ...issueEn,
  ...issuedEn,
  ...verifyEn,
};

export const certificatesMessages = { id, en };
