/**
 * Who may receive a certificate under each rule. `attended` counts everyone with a result
 * (complete or incomplete): absent candidates — absent from every method — get none.
 */
import { assertNever } from '../../../shared/errors';
import type { CertificateEligibility } from '../../../shared/schemas/certificates';
import type { CandidateResult } from '../../../shared/schemas/results';

export function isEligible(
  result: Pick<CandidateResult, 'status' | 'passed'>,
  rule: CertificateEligibility,
): boolean {
  switch (rule) {
    case 'everyone':
      return true;
    case 'attended':
      return result.status !== 'absent';
    case 'passed':
      return result.passed === true;
    default:
      return assertNever(rule);
  }
}
