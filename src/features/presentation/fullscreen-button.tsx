import { useState } from 'react';
import { useLocale } from '../../store/locale-store';

/** Full screen for a projector; says what to do where a frame or browser refuses it. */
export function FullscreenButton() {
  const { t } = useLocale();
  const [refused, setRefused] = useState(false);
  const toggle = async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else if (document.fullscreenEnabled) await document.documentElement.requestFullscreen();
      else throw new Error('not allowed');
      setRefused(false);
    } catch {
      setRefused(true);
    }
  };
  return (
    <span className="fullscreen">
      <button type="button" className="button" onClick={() => void toggle()}>
        {t.present.fullscreen}
      </button>
      <span role="status" className="copy-link__status">
        {refused ? t.present.fullscreenRefused : ''}
      </span>
    </span>
  );
}
