import { useNotify, useRefresh } from 'react-admin';

interface ApiError {
  status?: number;
  body?: { error?: string; message?: string };
  message?: string;
}

/**
 * An edit refused because someone saved first (409 STALE_VERSION) is not an
 * error to retry: tell the user and reload the record, so nobody's work is
 * silently overwritten.
 */
export function useStaleVersionHandler() {
  const notify = useNotify();
  const refresh = useRefresh();
  return (error: unknown) => {
    const apiError = error as ApiError;
    if (apiError.status === 409 && apiError.body?.error === 'STALE_VERSION') {
      notify('Someone else changed this record while you were editing. It has been reloaded: check it and make your change again.', {
        type: 'warning',
        autoHideDuration: 10000,
      });
      refresh();
      return;
    }
    notify(apiError.body?.message ?? apiError.message ?? 'The change was not saved', { type: 'error' });
  };
}
