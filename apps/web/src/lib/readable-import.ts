/** A promise as React's `use` reads it: once it carries its value, `use` returns that without suspending. */
type ReadablePromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

/**
 * Loads a module once, on first call, into a promise React's `use` reads at once when it has loaded: code left out
 * of the entry chunk, read in render without a suspension (and without React's warning about a `use` it stops
 * calling) once a loader or `beforeLoad` has awaited it.
 */
export function readableImport<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: ReadablePromise<T> | undefined;
  return () => {
    if (!loading) {
      const promise: ReadablePromise<T> = load().then((value) => {
        promise.status = 'fulfilled';
        promise.value = value;
        return value;
      });
      loading = promise;
    }
    return loading;
  };
}
