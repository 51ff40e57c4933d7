import type { AreaHandlers, Services } from './area';

export function certificatesHandlers(s: Services): AreaHandlers<'certificates'> {
  const c = s.certificates;
  return {
    'certificates:template': (input) => {
      c.program(input.programId);
      return c.templates.view(input.programId);
    },
    'certificates:save-template': (input, ctx) => c.templates.save(input.programId, input.template, ctx),
    'certificates:upload-asset': (input, ctx) => c.templates.uploadAsset(input.uploadId, ctx),
    'certificates:asset': (input) => c.templates.asset(input.sha256),
    'certificates:preview': (input) =>
      c.templates.preview(input.programId, input.template, input.candidateId),
    'certificates:eligibility': (input) => {
      c.program(input.programId);
      return c.register.eligibility(input.programId, input.eligibility);
    },
    'certificates:issue': (input, ctx) => {
      c.issuing.precheck(input);
      // The job issues as of the request, on this app's clock.
      const job = { ...input, requestedAt: s.certificates.now().toISOString() };
      return { jobId: s.jobs.start('certificates:issue', job, ctx).jobId };
    },
    'certificates:list': (input) => {
      c.program(input.programId);
      return c.register.list(input.programId);
    },
    'certificates:get': (input) => c.register.detail(input.id),
    'certificates:render': (input, ctx) => {
      c.program(input.programId);
      c.register.assertRenderable(input.programId, input.certificateIds);
      return { jobId: s.jobs.start('certificates:render', input, ctx).jobId };
    },
    'certificates:log-print': (input, ctx) => c.register.logPrint(input, ctx),
    'certificates:prints': (input) => c.register.prints(input.certificateId),
    'certificates:revoke': (input, ctx) => {
      const revoked = c.issuing.revoke(input.number, input.reason, ctx);
      return { programId: revoked.programId, revoked: c.register.item(revoked.id) };
    },
    'certificates:reissue': async (input, ctx) => {
      const done = await c.issuing.reissue(input.certificateId, input.reason, ctx);
      return { programId: done.programId, revoked: c.register.item(done.revokedId), issued: done.issued };
    },
    'certificates:verify': (input) => c.verification.verify(input),
    'certificates:public-key': (_input, ctx) => c.publicKey(ctx),
  };
}

export function reportsHandlers(s: Services): AreaHandlers<'reports'> {
  return {
    'reports:render': (input, ctx) => {
      s.certificates.program(input.programId);
      return { jobId: s.jobs.start('reports:render', input, ctx).jobId };
    },
  };
}
