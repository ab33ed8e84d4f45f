/** The site's mark (web/static/favicon.svg), in the admin's navigation and as its favicon. */
export function Icon({ size = 24 }: { size?: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 32 32"
      width={size}
      height={size}
      role="img"
      aria-label="Datakollektivet"
    >
      <rect width="32" height="32" rx="6" fill="#111" />
      <path d="M9 8h7a8 8 0 0 1 0 16H9z" fill="none" stroke="#ffd23f" strokeWidth="3" />
    </svg>
  )
}
