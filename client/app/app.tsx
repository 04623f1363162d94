/**
 * The root: applies preferences to the document, restores the session, and shows either the
 * sign-in screen or the frame with the current route, inside the one provider of the signed-in
 * user's data (command context, read model, sync).
 */
import { Suspense, useEffect } from 'react';
import { useSessionStore } from '../data/session-store';
import { UserDataContext } from '../data/user-data';
import { navigate, useLocation } from '../ui/navigation';
import { usePrefsStore } from '../ui/prefs-store';
import { ErrorBoundary } from './error-boundary';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { SIGN_IN_PATH, SignInScreen, matchRoute } from './routes';
import { AppSkeleton } from './app-skeleton';
import { SignOutButton } from './sign-out-button';

/** Keeps <html lang> and the theme attribute in step with the person's preferences. */
function useDocumentPrefs() {
  const lang = usePrefsStore((s) => s.lang);
  const theme = usePrefsStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

/** Where to go after signing in: the page that sent the person to sign in, if it is ours. */
function returnPath(search: URLSearchParams): string {
  const back = search.get('kembali');
  return back && back.startsWith('/') && !back.startsWith('//') ? back : '/';
}

export function App() {
  useDocumentPrefs();
  const status = useSessionStore((s) => s.status);
  const roles = useSessionStore((s) => s.user?.roles);
  const data = useSessionStore((s) => s.data);
  const restore = useSessionStore((s) => s.restore);
  const location = useLocation();
  const onSignIn = location.pathname === SIGN_IN_PATH;

  useEffect(() => {
    void restore();
  }, [restore]);

  useEffect(() => {
    if (status === 'signed-out' && !onSignIn) {
      const back = location.href === '/' ? '' : `?kembali=${encodeURIComponent(location.href)}`;
      navigate(`${SIGN_IN_PATH}${back}`, { replace: true });
    } else if (status === 'signed-in' && onSignIn) {
      navigate(returnPath(location.search), { replace: true });
    }
  }, [status, onSignIn, location]);

  if (status === 'restoring' || (status === 'signed-out') !== onSignIn) return <AppSkeleton />;

  if (status === 'signed-out') {
    return (
      <ErrorBoundary resetKey={location.pathname}>
        <Suspense fallback={<AppSkeleton />}>
          <SignInScreen />
        </Suspense>
      </ErrorBoundary>
    );
  }

  // The runtime is stopping or being replaced (sign-out, another tab's user): no screen may keep
  // reading its databases.
  if (data === null) return <AppSkeleton />;

  const route = matchRoute(location.pathname, roles ?? []);
  const Screen = route?.screen;
  return (
    <UserDataContext value={data}>
      <ErrorBoundary resetKey={location.pathname} extra={<SignOutButton />}>
        <Layout route={route}>
          <ErrorBoundary resetKey={location.pathname}>
            {Screen ? <Screen /> : <NotFound />}
          </ErrorBoundary>
        </Layout>
      </ErrorBoundary>
    </UserDataContext>
  );
}
