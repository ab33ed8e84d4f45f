// web/static/favicon.svg, the site's mark, as a data URL: the favicon needs no file served by the CMS.
export const faviconUrl = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#111"/><path d="M9 8h7a8 8 0 0 1 0 16H9z" fill="none" stroke="#ffd23f" stroke-width="3"/></svg>',
)}`
