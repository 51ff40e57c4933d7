import type { AreaHandlers, Services } from './area';

export function attendanceHandlers(s: Services): AreaHandlers<'attendance'> {
  return {
    'attendance:list': (input) => s.attendance.list(input.sessionId),
    'attendance:mark': (input, ctx) => s.attendance.mark(input, ctx),
    'attendance:lookup': (input) => s.attendance.lookup(input),
  };
}
