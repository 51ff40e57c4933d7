import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, type Language } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const long: Record<Language, string> = { id: t('language.idLong'), en: t('language.enLong') };
  return (
    <SegmentedControl
      aria-label={t('header.language')}
      size="xs"
      value={currentLanguage(i18n.language)}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: <span title={long[language]}>{t(`language.${language}`)}</span>,
      }))}
    />
  );
}
