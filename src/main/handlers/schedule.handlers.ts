import type { AreaHandlers, Services } from './area';

export function scheduleHandlers(s: Services): AreaHandlers<'schedule'> {
  return {
    'schedule:get': (input) => s.schedule.get(input.programId),
    'schedule:save-session': (input, ctx) => s.schedule.saveSession(input, ctx),
    'schedule:delete-session': (input, ctx) => s.schedule.deleteSession(input.id, ctx),
    'schedule:form-groups': (input, ctx) => s.groups.form(input, ctx),
    'schedule:move-member': (input, ctx) => s.groups.moveMember(input, ctx),
    'schedule:add-group': (input, ctx) => s.groups.add(input.programId, ctx),
    'schedule:delete-group': (input, ctx) => s.groups.remove(input.id, ctx),
    'schedule:set-session-groups': (input, ctx) => s.schedule.setSessionGroups(input, ctx),
  };
}
