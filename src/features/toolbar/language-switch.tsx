import { LANGS, type Lang } from '../../content/langs';
import { useAppStore } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';

/** Each language's name in that language, so a reader finds their own. */
const NATIVE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

/**
 * English / Español. Changes only the language: the open city, the view and
 * the mode stay, and the choice goes into the URL (`lang`).
 */
export function LanguageSwitch() {
  // Pressed is the language on screen (a language still loading is not yet "on").
  const { t, lang } = useLocale();
  const setLang = useAppStore((s) => s.setLang);
  return (
    // data-keeps-popover: switching language keeps the open city open.
    <div
      className="segmented language-switch"
      role="group"
      aria-label={t.languageSwitch}
      data-keeps-popover
    >
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="segmented__option"
          aria-pressed={lang === l}
          onClick={() => setLang(l)}
        >
          {NATIVE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
