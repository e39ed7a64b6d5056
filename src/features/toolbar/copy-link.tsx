import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../../store/locale-store';

type Status = 'idle' | 'copied' | 'fallback';

/**
 * Copies the page's address (which always describes the current view) and
 * says so. Where the clipboard is refused (some frames, insecure pages) it
 * shows the link selected in a field instead.
 */
export function CopyLink({ disabled = false }: { disabled?: boolean }) {
  const [status, setStatus] = useState<Status>('idle');
  const fieldRef = useRef<HTMLInputElement>(null);
  const { t } = useLocale();

  useEffect(() => {
    if (status === 'fallback') fieldRef.current?.select();
    if (status !== 'copied') return;
    const timer = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('fallback');
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="button" disabled={disabled} onClick={() => void copy()}>
        {t.toolbar.copyLink}
      </button>
      {status === 'fallback' ? (
        <label className="copy-link__field">
          <span className="visually-hidden">{t.toolbar.linkFieldLabel}</span>
          <input ref={fieldRef} type="text" readOnly value={window.location.href} />
        </label>
      ) : null}
      <p className="copy-link__status" role="status">
        {status === 'copied'
          ? t.toolbar.copied
          : status === 'fallback'
            ? t.toolbar.copyFallback
            : ''}
      </p>
    </div>
  );
}
