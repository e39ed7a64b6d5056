import { useEffect, useRef } from 'react';
import { useLocale } from '../../store/locale-store';
import { useClipboard } from '../../components/use-clipboard';

/**
 * Copies the page's address (which always describes the current view) and
 * says so. Where the clipboard is refused (some frames, insecure pages) it
 * shows the link selected in a field instead.
 */
export function CopyLink({ disabled = false }: { disabled?: boolean }) {
  const { status, copy } = useClipboard();
  const fieldRef = useRef<HTMLInputElement>(null);
  const { t } = useLocale();

  useEffect(() => {
    if (status === 'blocked') fieldRef.current?.select();
  }, [status]);

  return (
    <div className="copy-link">
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => void copy(window.location.href)}
      >
        {t.toolbar.copyLink}
      </button>
      {status === 'blocked' ? (
        <label className="copy-link__field">
          <span className="visually-hidden">{t.toolbar.linkFieldLabel}</span>
          <input ref={fieldRef} type="text" readOnly value={window.location.href} />
        </label>
      ) : null}
      <p className="copy-link__status" role="status">
        {status === 'copied'
          ? t.toolbar.copied
          : status === 'blocked'
            ? t.toolbar.copyFallback
            : ''}
      </p>
    </div>
  );
}
