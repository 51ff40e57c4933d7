/**
 * File names of certificates in a ZIP: the operator's pattern ({nomor}_{nama}.pdf) filled from the
 * printed fields, made safe on every system. A number such as 800.2/0125/BKPSDM/2023 holds
 * slashes, which would otherwise become folders.
 */
import { fillPlaceholders, type CertificateFields } from '../../../shared/domain/certificate-text';

const MAX_NAME = 150;

export function sanitiseFileName(name: string): string {
  const cleaned = name
    .replace(/\s+/g, ' ')
    // Control characters and the characters Windows forbids in file names.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '-')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '')
    .trim();
  return cleaned.slice(0, MAX_NAME).trim();
}

/** A distinct, safe `.pdf` name per certificate; a repeated name gets " (2)", " (3)", … */
export function certificateFileNamer(pattern: string): (fields: CertificateFields) => string {
  const used = new Set<string>();
  return (fields) => {
    const filled = fillPlaceholders(pattern, fields).replace(/\.pdf$/i, '');
    const stem = sanitiseFileName(filled) || sanitiseFileName(fields.nomor) || 'sertifikat';
    let name = `${stem}.pdf`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem} (${n}).pdf`;
    used.add(name.toLowerCase());
    return name;
  };
}
