import type { messagesId } from './messages.id';

// Typed keys: `t('nav.roster')` is checked against the Indonesian messages at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof messagesId };
  }
}
