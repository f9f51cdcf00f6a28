/** The app's mark: a gold five-pointed star on a red disc, as on Vietnamese state portals. */
export function BrandMark({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <circle cx="20" cy="20" r="19" fill="#c8102e" stroke="#f6c445" strokeWidth="2" />
      <polygon
        fill="#f6c445"
        points="20,7.5 23.1,16.6 32.7,16.7 25,22.5 27.8,31.7 20,26.2 12.2,31.7 15,22.5 7.3,16.7 16.9,16.6"
      />
    </svg>
  );
}
