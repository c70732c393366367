import { afterAll, afterEach, expect } from 'vitest';
import { takeConsoleProblems } from './console';

// No journey may leave an error or a warning in the browser's console; what a setup hook caused fails the first
// test after it, what the last test's teardown caused fails the file.
afterEach(() => {
  expect(takeConsoleProblems(), 'errors and warnings in the browser console').toEqual([]);
});
afterAll(() => {
  expect(takeConsoleProblems(), 'errors and warnings in the browser console').toEqual([]);
});
