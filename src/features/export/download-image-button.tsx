import { useState } from 'react';
import { useLocale } from '../../store/locale-store';
import { useAppStore } from '../../store/app-store';

/**
 * "Download image": the current view as a PNG (loaded only when pressed):
 * the timeline in the timeline view, the map otherwise.
 */
export function DownloadImageButton({ disabled = false }: { disabled?: boolean }) {
  const locale = useLocale();
  const t = locale.t.exportImage;
  const [status, setStatus] = useState<'' | 'done' | 'failed'>('');
  const timeline = useAppStore((s) => s.view === 'timeline');
  const download = async () => {
    const part = document.querySelector<HTMLElement>(timeline ? '.timeline' : '.map-stage');
    if (!part) return;
    try {
      const { downloadMapImage, downloadTimelineImage } = await import('./download-image');
      await (timeline ? downloadTimelineImage : downloadMapImage)(part, locale);
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" className="button" disabled={disabled} onClick={() => void download()}>
        {t.button}
      </button>
      <span className="copy-link__status" role="status">
        {status ? t[status] : ''}
      </span>
    </span>
  );
}
