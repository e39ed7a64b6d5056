import { useState } from 'react';
import { useLocale } from '../../store/locale-store';

/** "Download image": the current map view as a PNG (loaded only when pressed). */
export function DownloadImageButton({ disabled = false }: { disabled?: boolean }) {
  const locale = useLocale();
  const t = locale.t.exportImage;
  const [status, setStatus] = useState<'' | 'done' | 'failed'>('');
  const download = async () => {
    const stage = document.querySelector<HTMLElement>('.map-stage');
    if (!stage) return;
    try {
      const { downloadMapImage } = await import('./download-image');
      await downloadMapImage(stage, locale);
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
