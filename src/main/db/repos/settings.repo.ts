import type { Db } from '../open';

/** Known setting keys; the value is always text. */
export type SettingKey = 'admin_pin_hash';

/** App-wide settings (migration 0040). Callers audit every change in the same transaction. */
export function createSettingsRepo(db: Db) {
  const get = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const set = db.prepare(`
    INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  return {
    get(key: SettingKey): string | null {
      return (get.get(key) as string | undefined) ?? null;
    },
    set(key: SettingKey, value: string, at: string): void {
      set.run(key, value, at);
    },
    remove(key: SettingKey): void {
      remove.run(key);
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
