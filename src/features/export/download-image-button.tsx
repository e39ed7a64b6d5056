import { useState } from 'react';
import { en } from '../../content/strings/en';

/** "Download image": the current map view as a PNG (loaded only when pressed). */
export function DownloadImageButton() {
  const [status, setStatus] = useState('');
  const download = async () => {
    const stage = document.querySelector<HTMLElement>('.map-stage');
    if (!stage) return;
    try {
      const { downloadMapImage } = await import('./download-image');
      await downloadMapImage(stage);
      setStatus(en.exportImage.done);
    } catch {
      setStatus(en.exportImage.failed);
    }
  };
  return (
    <span className="copy-link">
      <button type="button" className="button" onClick={() => void download()}>
        {en.exportImage.button}
      </button>
      <span className="copy-link__status" role="status">
        {status}
      </span>
    </span>
  );
}
