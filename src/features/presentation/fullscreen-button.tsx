import { useState } from 'react';
import { en } from '../../content/strings/en';

/** Full screen for a projector; says what to do where a frame or browser refuses it. */
export function FullscreenButton() {
  const [message, setMessage] = useState('');
  const toggle = async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else if (document.fullscreenEnabled) await document.documentElement.requestFullscreen();
      else throw new Error('not allowed');
      setMessage('');
    } catch {
      setMessage(en.present.fullscreenRefused);
    }
  };
  return (
    <span className="fullscreen">
      <button type="button" className="button" onClick={() => void toggle()}>
        {en.present.fullscreen}
      </button>
      <span role="status" className="copy-link__status">
        {message}
      </span>
    </span>
  );
}
