import { useSyncExternalStore } from 'react';
import { isStage, type Stage } from './stages';

/**
 * Routing by `#/<stage>`: the web door serves one page at `/` and Electron loads a file, so the
 * hash is the only part of the address both can keep. A reload stays on the same stage.
 */
function stageFromHash(): Stage {
  const name = window.location.hash.replace(/^#\/?/, '');
  return isStage(name) ? name : 'programs';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useStage(): Stage {
  return useSyncExternalStore(subscribe, stageFromHash);
}

export function stageHref(stage: Stage): string {
  return `#/${stage}`;
}

export function goToStage(stage: Stage): void {
  window.location.hash = `/${stage}`;
}
