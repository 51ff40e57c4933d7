import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/main/app';
import { makeDataDir, removeDir } from '../../fixtures/data-dir';
import { ratingOf, setUpScenario, type Scenario } from './fixtures';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));

let dataDir: string;
let s: Scenario;

beforeEach(async () => {
  dataDir = makeDataDir();
  const app = await createApp({ dataDir });
  s = await setUpScenario(app);
  await app.close();
});

afterEach(() => removeDir(dataDir));

interface Ack {
  competencyId: number;
  level: number;
  evidence: string;
}

/** Runs the child until its first acknowledged save, then kills it without any chance to clean up. */
function saveThenKill(args: string[]): Promise<{ acks: Ack[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      cwd: fileURLToPath(new URL('../../../', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let buffered = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ACK (\d+) (\d) (.*)$/.exec(line);
        if (!match) continue;
        acks.push({ competencyId: Number(match[1]), level: Number(match[2]), evidence: match[3] as string });
        // Kill on the first acknowledgement; later lines already in the pipe count as well,
        // because each of them was printed only after its save resolved.
        if (acks.length === 1) child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (acks.length === 0) reject(new Error(`child exited (${code ?? signal}) before any ACK: ${stderr}`));
      else resolve({ acks, signal });
    });
  });
}

describe('a crash right after an acknowledged save', () => {
  it('keeps the save: the killed process reopens with it in place', async () => {
    const assignmentId = s.sheet('a', 0, 'XLGD');
    const competencies = ['M.1', 'M.2', 'M.3'].map((code) => String(s.competency[code]));
    const { acks, signal } = await saveThenKill([
      dataDir,
      String(s.assessors.a),
      String(assignmentId),
      ...competencies,
    ]);
    expect(signal).toBe('SIGKILL');

    const app = await createApp({ dataDir });
    try {
      // Each competency holds its last acknowledged value, or a later one: the child may have
      // committed the next save before the kill landed, but never loses one it acknowledged.
      const round = (evidence: string) => Number(/putaran (\d+)$/.exec(evidence)?.[1] ?? -1);
      const last = new Map(acks.map((ack) => [ack.competencyId, ack]));
      for (const ack of last.values()) {
        const stored = ratingOf(app.db, assignmentId, ack.competencyId);
        expect(stored, `competency ${ack.competencyId}`).toBeDefined();
        const storedRound = round(stored?.evidence ?? '');
        expect(storedRound).toBeGreaterThanOrEqual(round(ack.evidence));
        if (storedRound === round(ack.evidence)) expect(stored?.level).toBe(ack.level);
      }
      const audited = app.db
        .prepare(`SELECT count(*) FROM audit_log WHERE action = 'scores:save'`)
        .pluck()
        .get();
      expect(audited).toBeGreaterThanOrEqual(acks.length);
    } finally {
      await app.close();
    }
  }, 60_000);
});

describe('what a power cut needs', () => {
  it('opens the database in WAL mode with synchronous=FULL, so a commit reaches the disk before the answer', async () => {
    const app = await createApp({ dataDir });
    try {
      expect(app.db.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 = FULL: the WAL is fsynced at every commit, not only at checkpoints.
      expect(app.db.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      await app.close();
    }
  });
});
