import { useId } from 'react';
import { isOfflineCopy, offlineFileName } from '../../content/offline-copy';
import { useLocale } from '../../store/locale-store';

/**
 * The page's footer for teachers: a link to the single-file offline copy, or,
 * inside that copy, a note saying what it is (and that it may be out of date).
 */
export function OfflineFooter() {
  const headingId = useId();
  const { t: strings, lang } = useLocale();
  const t = strings.offlineCopy;
  // The copy that opens in the language on screen.
  const file = offlineFileName(lang);
  if (isOfflineCopy()) {
    return (
      <footer className="page-footer">
        <p>{t.isCopy}</p>
      </footer>
    );
  }
  return (
    <footer className="page-footer" aria-labelledby={headingId}>
      <h2 id={headingId} className="page-footer__title">
        {t.heading}
      </h2>
      <p>{t.intro}</p>
      <p>
        <a href={`${import.meta.env.BASE_URL}${file}`} download={file}>
          {t.download}
        </a>
        {` ${t.size}`}
      </p>
    </footer>
  );
}
