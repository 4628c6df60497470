import { useEffect, useState } from 'react';

/** A tiny history router: the gateway serves index.html for every console path, so deep links work. */
const listeners = new Set<() => void>();

export function navigate(path: string, replace = false): void {
  if (path === window.location.pathname) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((l) => l());
}

export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const on = () => setPath(window.location.pathname);
    listeners.add(on);
    window.addEventListener('popstate', on);
    return () => {
      listeners.delete(on);
      window.removeEventListener('popstate', on);
    };
  }, []);
  return path;
}

/** The tab segment of /<section>/<tab>, or the fallback. */
export function useTab(section: string, fallback: string): [string, (tab: string) => void] {
  const path = usePath();
  const seg = path.split('/').filter(Boolean);
  const tab = seg[0] === section && seg[1] ? seg[1] : fallback;
  return [tab, (t: string) => navigate(`/${section}/${t}`)];
}
