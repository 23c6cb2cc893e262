import { AppError } from '../../electron/common/domain/errors';

/** The AppError `fn` throws; fails the test when it succeeds or throws anything else. */
export function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, but the call succeeded');
}
