import { createFileRoute, redirect } from '@tanstack/react-router';
import { LoginForm } from '../features/auth/login-form';
import { safeRedirectTarget } from '../lib/session';

interface LoginSearch {
  /** Where to go once signed in: the page the visitor asked for. */
  redirect?: string | undefined;
}

export const Route = createFileRoute('/login')({
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({
    redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
  }),
  beforeLoad: ({ context, search }) => {
    if (context.account) throw redirect({ href: safeRedirectTarget(search.redirect), replace: true });
  },
  component: LoginPage,
});

function LoginPage() {
  const target = Route.useSearch({ select: (search) => search.redirect });
  const navigate = Route.useNavigate();
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center bg-muted/40 px-4">
      <div className="w-full max-w-sm rounded-xl border border-border bg-background p-6 shadow-sm">
        <div className="mb-6 flex items-center gap-2">
          <img src="/favicon.svg" alt="" className="size-7" />
          <h1 className="text-xl font-semibold tracking-tight">Sign in to Switchboard</h1>
        </div>
        <LoginForm onSignedIn={() => navigate({ href: safeRedirectTarget(target), replace: true })} />
      </div>
    </main>
  );
}
