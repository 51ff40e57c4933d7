/**
 * The two IPC channels between the preload and main: calls go up on one, events come down on the
 * other. Shared by src/preload/index.ts and src/main/shell/window.ts; nothing else uses IPC.
 */
export const INVOKE_CHANNEL = 'asesa:invoke';
export const EVENT_CHANNEL = 'asesa:event';
