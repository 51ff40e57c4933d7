import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messagesEn } from './messages.en';
import { messagesId } from './messages.id';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'asesa.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'id';
  } catch {
    return 'id'; // Storage can be blocked (private window); Indonesian is the default anyway.
  }
}

/** Starts i18next with the language the user chose last time (Indonesian the first time). */
export function initI18n(): typeof i18next {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources: { id: { translation: messagesId }, en: { translation: messagesEn } },
    lng,
    fallbackLng: 'id',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
    initAsync: false, // Resources are bundled: have them before the first render.
    showSupportNotice: false, // No console advert in an offline app.
  });
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Not remembered across restarts; the switch still works for this session.
    }
  });
  return i18next;
}

export function currentLanguage(language: string): Language {
  return isLanguage(language) ? language : 'id';
}
