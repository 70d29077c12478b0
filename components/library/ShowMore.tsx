import { useEffect, useRef } from 'preact/hooks';

/** "Show more" at the end of the list: pressed with the keyboard, or reached by scrolling. */
export function ShowMore({ label, onMore }: { label: string; onMore(): void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onMore(), { rootMargin: '400px' });
    io.observe(ref.current!);
    return () => io.disconnect();
  }, [onMore]);
  return (
    <button ref={ref} type="button" class="more" onClick={onMore}>
      {label}
    </button>
  );
}
