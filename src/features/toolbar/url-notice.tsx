import { useLocale } from '../../store/locale-store';
import { useAppStore } from '../../store/app-store';

/** Says, without blocking anything, that parts of the link were ignored. */
export function UrlNotice() {
  const ignored = useAppStore((s) => s.ignoredParams);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const { t } = useLocale();
  return (
    <div role="status" className="url-notice-region">
      {ignored.length > 0 ? (
        <p className="url-notice">
          {`${t.notice.ignored(ignored.join(', '))} `}
          <button type="button" className="button button--small" onClick={dismiss}>
            {t.notice.dismiss}
          </button>
        </p>
      ) : null}
    </div>
  );
}
