import { describe, expect, it } from 'vitest';
import {
  indexOperations,
  isOperationName,
  operationNames,
  operations,
  ProgramCode,
  SESSION_ROLES,
} from '../../../src/shared/contract';

describe('indexOperations', () => {
  it('refuses a list in which two operations share a name', () => {
    expect(() => indexOperations([{ name: 'program:list' }, { name: 'program:list' }])).toThrow(
      /Duplicate operation name: program:list/,
    );
  });

  it('indexes a list of distinct names by name', () => {
    const map = indexOperations([{ name: 'a:list' }, { name: 'b:list' }]);
    expect([...map.keys()]).toEqual(['a:list', 'b:list']);
  });
});

describe('the operations table', () => {
  it('names every operation area:verb[-noun] in kebab-case', () => {
    expect(operationNames.length).toBeGreaterThan(0);
    for (const name of operationNames) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*:[a-z]+(-[a-z]+)*$/);
    }
  });

  it('gives every operation at least one known role and an Indonesian summary', () => {
    for (const spec of operations.values()) {
      expect(spec.roles.length).toBeGreaterThan(0);
      for (const role of spec.roles) expect(SESSION_ROLES).toContain(role);
      expect(spec.summary.length).toBeGreaterThan(5);
    }
  });

  it('lets only admin and operator create programmes, and only admin archive them', () => {
    expect(operations.get('program:create')?.roles).toEqual(['admin', 'operator']);
    expect(operations.get('program:archive')?.roles).toEqual(['admin']);
  });

  it('knows its own operation names and no others', () => {
    expect(isOperationName('program:create')).toBe(true);
    expect(isOperationName('program:drop')).toBe(false);
  });
});

describe('ProgramCode', () => {
  it('trims and uppercases a code', () => {
    expect(ProgramCode.parse('  ta-2023 ')).toBe('TA-2023');
  });

  it('accepts codes of 2 and of 32 characters', () => {
    expect(ProgramCode.parse('ab')).toBe('AB');
    expect(ProgramCode.parse('A'.repeat(32))).toBe('A'.repeat(32));
  });

  it.each([
    ['empty', ''],
    ['one character', 'x'],
    ['33 characters', 'A'.repeat(33)],
    ['a space inside', 'TA 2023'],
    ['an underscore', 'TA_2023'],
    ['a leading dash', '-TA2023'],
    ['a slash', 'TA/2023'],
    ['a letter outside A–Z', 'TÉ-2023'],
  ])('rejects a code that is %s', (_label, code) => {
    expect(ProgramCode.safeParse(code).success).toBe(false);
  });

  it('explains a bad code in Indonesian', () => {
    const result = ProgramCode.safeParse('x');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Kode program 2–32 karakter/);
  });
});
