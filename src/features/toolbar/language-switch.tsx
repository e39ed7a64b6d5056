import { LANGS, type Lang } from '../../content/langs';
import { useAppStore } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';
import { Segmented } from '../../components/segmented';

/** Each language's name in that language, so a reader finds their own. */
const OPTIONS = LANGS.map((lang) => ({
  value: lang,
  label: ({ en: 'English', es: 'Español' } satisfies Record<Lang, string>)[lang],
  lang,
}));

/**
 * English / Español. Changes only the language: the open city, the view and
 * the mode stay (so it keeps an open popover open), and the choice goes into
 * the URL (`lang`). Pressed is the language on screen: one still loading is
 * not yet "on".
 */
export function LanguageSwitch() {
  const { t, lang } = useLocale();
  const setLang = useAppStore((s) => s.setLang);
  return (
    <Segmented
      className="language-switch"
      label={t.languageSwitch}
      options={OPTIONS}
      value={lang}
      onChange={setLang}
      keepsPopover
    />
  );
}
