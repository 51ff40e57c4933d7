import type { AreaHandlers, Services } from './area';

export function filesHandlers(s: Services): AreaHandlers<'files'> {
  return {
    'files:pick': (input) => s.desktopFiles.pick(input.purpose),
    'files:open': (input) => s.desktopFiles.openWithSystem(input.downloadId),
    'files:save': (input) => s.desktopFiles.save(input.downloadId),
  };
}
