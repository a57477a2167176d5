/**
 * A `--jsonl` worker thread: parses the articles it is sent and answers with
 * their result lines. Built to `dist/cli-worker.js`.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type TaskMessage } from './task.js';

parentPort?.on('message', (task: TaskMessage) => {
  parentPort!.postMessage(runTask(task));
});
