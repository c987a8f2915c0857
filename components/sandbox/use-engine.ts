'use client';
import { useEffect, useState } from 'react';
import { EngineClient } from './engine-client';

/** One EngineClient per mounted sandbox; its workers end when the sandbox unmounts. */
export function useEngine(): EngineClient | null {
  const [client, setClient] = useState<EngineClient | null>(null);
  useEffect(() => {
    const c = new EngineClient();
    setClient(c);
    return () => c.dispose();
  }, []);
  return client;
}
