import { NextResponse, type NextRequest } from 'next/server'

// Payload picks the admin language from its cookie, then the browser's Accept-Language, so a
// browser set to English would get an English admin. The content team works in bokmål: start
// everyone in Norwegian; choosing English under "Konto" sets the cookie and is respected.
const languageCookie = 'payload-lng'

export function proxy(request: NextRequest) {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  request.cookies.set(languageCookie, 'nb')
  const response = NextResponse.next({ request })
  response.cookies.set(languageCookie, 'nb', {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
