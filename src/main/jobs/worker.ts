// Entry point of the job worker thread (built to out/main/worker.js).
import { JOB_HANDLERS } from './handlers';
import { runWorker } from './worker-main';

void runWorker(JOB_HANDLERS);
