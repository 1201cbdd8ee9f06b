import { createContext, useContext } from 'react';

export interface ContentSize {
  width: number;
  height: number;
}

/** The rows and columns a page may use inside the frame, below its breadcrumb line. */
export const ContentSizeContext = createContext<ContentSize>({ width: 80, height: 20 });

export function useContentSize(): ContentSize {
  return useContext(ContentSizeContext);
}
