import { useEffect, useState } from 'react';

/**
 * A `blob:` URL for a fetched file, revoked when the file changes or the view goes away. Blob
 * URLs are what the content security policy allows in frames and images, whatever the API's origin.
 */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (blob === undefined) return;
    const created = URL.createObjectURL(blob);
    // Synchronising with the browser's blob registry, an external system: the URL exists only from here on.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(created);
    return () => {
      URL.revokeObjectURL(created);
      setUrl(undefined);
    };
  }, [blob]);
  return url;
}
