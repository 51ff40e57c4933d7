import type { Candidate } from '../../shared/contract';
import { parseNip } from '../../shared/domain/nip';
import { CliUserError } from './output';
import type { Call } from './session';

function byNip(roster: readonly Candidate[], text: string): Candidate {
  const parsed = parseNip(text);
  const nip = parsed.ok ? parsed.nip : text.trim();
  const found = roster.find((c) => c.nip === nip);
  if (!found) {
    throw new CliUserError(
      'not-found',
      `Peserta dengan NIP ${nip} tidak ada di program ini. Lihat "asesa roster list".`,
    );
  }
  return found;
}

/** Candidates named by NIP on the command line, in any written form (spaces, dots, apostrophe). */
export async function candidatesByNip(
  call: Call,
  programId: number,
  nips: readonly string[],
): Promise<Candidate[]> {
  const roster = await call('roster:list', { programId });
  return nips.map((text) => byNip(roster, text));
}

export async function candidateByNip(call: Call, programId: number, nip: string): Promise<Candidate> {
  return byNip(await call('roster:list', { programId }), nip);
}
