// next-auth's session cookie names: the __Secure- prefix over HTTPS, and large tokens are split into
// .0, .1… Shared by proxy.ts (which must not serve cached pages to a signed-in user) and actor.ts.
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export const isSessionCookie = (name: string) => SESSION_COOKIES.some((prefix) => name.startsWith(prefix));
