import { useEffect, useState } from 'react';

export type CopyStatus = '' | 'copied' | 'blocked';

/**
 * Copies text to the clipboard and says how it went: `copied` (cleared after
 * a few seconds, for a status line) or `blocked` where the clipboard is
 * refused (some frames, insecure pages), which stays until the next try.
 */
export function useClipboard(): { status: CopyStatus; copy: (text: string) => Promise<void> } {
  const [status, setStatus] = useState<CopyStatus>('');
  useEffect(() => {
    if (status !== 'copied') return;
    const timer = window.setTimeout(() => setStatus(''), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('blocked');
    }
  };
  return { status, copy };
}
