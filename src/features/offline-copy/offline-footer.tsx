import { useId } from 'react';
import { isOfflineCopy, OFFLINE_FILE_NAME } from '../../content/offline-copy';
import { useLocale } from '../../store/locale-store';

/**
 * The page's footer for teachers: a link to the single-file offline copy, or,
 * inside that copy, a note saying what it is (and that it may be out of date).
 */
export function OfflineFooter() {
  const headingId = useId();
  const t = useLocale().t.offlineCopy;
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
        <a href={`${import.meta.env.BASE_URL}${OFFLINE_FILE_NAME}`} download={OFFLINE_FILE_NAME}>
          {t.download}
        </a>{' '}
        {t.size}
      </p>
    </footer>
  );
}
