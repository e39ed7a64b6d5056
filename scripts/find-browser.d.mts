export function findBrowser(options?: {
  install?: boolean;
  log?: (message: string) => void;
}): string | null;
