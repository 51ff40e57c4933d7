import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../src/main/services/pin';

describe('PIN hashing', () => {
  it('verifies the PIN it hashed and refuses a wrong one', async () => {
    const stored = await hashPin('482913');
    expect(await verifyPin('482913', stored)).toBe(true);
    expect(await verifyPin('482914', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('never stores the PIN itself, and salts every hash', async () => {
    const [first, second] = await Promise.all([hashPin('123456'), hashPin('123456')]);
    expect(first).not.toContain('123456');
    expect(first).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(Buffer.from(first.split('$')[4] ?? '', 'base64')).toHaveLength(16);
  });

  it('refuses anything that is not a stored scrypt hash instead of throwing', async () => {
    expect(await verifyPin('123456', '123456')).toBe(false);
    expect(await verifyPin('123456', '')).toBe(false);
    expect(await verifyPin('123456', 'bcrypt$10$abc$def$ghi$jkl')).toBe(false);
  });
});
