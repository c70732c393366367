import type { SessionAccount } from '@switchboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Field, FormError } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { ApiError, api, describeError } from '../../lib/api-client';
import { sessionKey } from '../../lib/session';

function loginErrorText(error: unknown): string | null {
  if (error === null) return null;
  if (error instanceof ApiError && error.status === 401) return 'That email and password don’t match an account.';
  if (error instanceof ApiError && error.isRateLimited) {
    return `Too many sign-in attempts. Try again in ${error.retryAfter ?? 60} s.`;
  }
  if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) return null;
  return describeError(error);
}

/**
 * Signs in and hands the account to `onSignedIn`; the session cookie is set by the BFF. The button keeps saying
 * "Signing in…" until `onSignedIn` settles (the page asked for has started to show).
 */
export function LoginForm({ onSignedIn }: { onSignedIn: (account: SessionAccount) => Promise<void> }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => api('auth.login', { body: { email, password } }),
    onSuccess: ({ account }) => {
      queryClient.setQueryData(sessionKey, account);
      return onSignedIn(account);
    },
  });
  const fieldErrors = login.error instanceof ApiError ? login.error.fieldErrors : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-label="Sign in">
      <FormError>{loginErrorText(login.error)}</FormError>
      <Field label="Email" error={fieldErrors.email}>
        {(control) => (
          <Input
            {...control}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </Field>
      <Field label="Password" error={fieldErrors.password}>
        {(control) => (
          <Input
            {...control}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
