/** The app's mark (the "K" tile of the icons), inline so it shows even before anything is cached. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      <rect width="100" height="100" rx="22" fill="#0b5cab" />
      <path
        transform="translate(14 14) scale(0.72)"
        fill="#fff"
        d="M24 16L42 16L42 84L24 84ZM37 56L65 16L87 16L48 72ZM48 44L88 84L64 84L42 66Z"
      />
    </svg>
  );
}

/** The mark with the app's name beside it, as the header and the sign-in page show it. */
export function Brand() {
  return (
    <>
      <BrandMark />
      {/* A name: the same in every language. */}
      <span translate="no">Kinerja ASN</span>
    </>
  );
}
