import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const START_TIMEOUT_MS = 60_000;
const running = new Set<ChildProcess>();

export interface Child {
  name: string;
  port: number;
  /** Sends a message and waits for the first reply of the same type. */
  ask<T>(type: string): Promise<T>;
  /** Ends the process and waits until it is gone. */
  stop(): Promise<void>;
}

/** Forks bench/<script> under tsx and waits until it reports { type: 'listening', port }. */
export function startChild(name: string, script: string, env: Record<string, string> = {}): Promise<Child> {
  const child = fork(path.join(BENCH_DIR, script), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in time`)), START_TIMEOUT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal ?? code}) before it was ready`));
    });
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type !== 'listening' || typeof message.port !== 'number') return;
      clearTimeout(timer);
      resolve({ name, port: message.port, ask: (type) => ask(child, type), stop: () => stop(child) });
    });
  });
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${type}" answer from the child`)), 5_000);
    const onMessage = (message: { type?: string }) => {
      if (message.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.send({ type });
  });
}

/**
 * Ends every child this process started and waits (up to 5 s) until they are gone. The signals are
 * sent at once, so calling it from an 'exit' handler, where nothing asynchronous runs, still works.
 */
export function stopChildren(): Promise<void> {
  return Promise.all([...running].map(stop)).then(() => undefined);
}

function stop(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    setTimeout(resolve, 5_000).unref();
  });
  child.kill('SIGTERM');
  return exited;
}
